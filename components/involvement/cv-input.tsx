"use client";

import { useState } from "react";
import { FileField } from "@/components/forms/fields";
import { CV_MAX_BYTES } from "@/lib/involvement/options";

/**
 * The CV file input. In the browser it refuses a file over 50 MB before it is uploaded (the server
 * checks size and type again, from the file's content).
 */
export function CvInput({ id, error, reselect }: { id: string; error?: string; reselect: boolean }) {
  const [tooBig, setTooBig] = useState<string>();
  return (
    <FileField
      id={id}
      name="cv"
      label="Upload your CV"
      hint={`PDF, DOC or DOCX, smaller than 50 MB.${reselect && !error ? " Select your CV again: browsers do not keep a chosen file when a form is sent back." : ""}`}
      error={tooBig ?? error}
      accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        if (file && file.size > CV_MAX_BYTES) {
          event.currentTarget.value = "";
          setTooBig(`The CV must be smaller than 50 MB (the file you chose is ${Math.ceil(file.size / 1024 / 1024)} MB)`);
        } else {
          setTooBig(undefined);
        }
      }}
    />
  );
}
