"use client";

import { useEffect } from "react";
import { clearAskDraft } from "./ask-draft";

/** Rendered once the question is posted: the browser's saved draft has done its job. */
export function ClearAskDraft() {
  useEffect(() => clearAskDraft(), []);
  return null;
}
