import { z } from "zod";

/** The largest value of a Postgres int4: our integer row ids (questions, articles, specialties) never pass it. */
export const MAX_INT4 = 2_147_483_647;

/** A number that can be an integer row id; anything else is looked up as nothing (NOT_FOUND), never sent to SQL. */
export const isRowId = (value: number): boolean => Number.isSafeInteger(value) && value >= 1 && value <= MAX_INT4;

/** An integer row id in a request (socket.io payloads; forms coerce their strings first). */
export const ZRowId = z.number().int().min(1).max(MAX_INT4);
