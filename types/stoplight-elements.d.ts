// Elements' package.json exports map has no types condition (stack-notes pitfall 4); a paths entry would break it at runtime.
declare module "@stoplight/elements";
