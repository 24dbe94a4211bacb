import { z } from "zod";

export const ExpressInterestSchema = z.object({
  needId: z.string().min(1),
  message: z.string().trim().max(1000, { message: "matchmaking.open.messageTooLong" }).default(""),
});
export const WithdrawInterestSchema = z.object({ needId: z.string().min(1) });
