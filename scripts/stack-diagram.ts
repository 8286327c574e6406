// Writes the downloadable Building Block stack drawing (public/building-block-stack.svg) from the same
// component and theme colours as the home page. Run it after changing the stack or the colours; a unit
// test fails while the file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { STACK_DIAGRAM_FILE, stackDiagramFile } from "@/components/home/stack-diagram-file";

writeFileSync(STACK_DIAGRAM_FILE, stackDiagramFile(readFileSync("app/globals.css", "utf8")));
console.log(`wrote ${STACK_DIAGRAM_FILE}`);
