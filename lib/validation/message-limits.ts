// Message lengths, shared by the answer/reply forms and lib/validation/message.ts. Plain data without zod: client
// components import it, and importing a schema file would bring zod (about 30 KB gzip) into the page's first load.

export const MESSAGE_LIMITS = { bodyMin: 2, answerMax: 8000, replyMax: 4000, attachmentsMax: 5 } as const;
