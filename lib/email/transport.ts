// Sends stored emails. With SMTP_URL set they go out through nodemailer; without
// it they stay readable on the development outbox page and are marked sent.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

let transporter: Transporter | null | undefined;

function getTransporter(): Transporter | null {
  if (transporter === undefined) transporter = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transporter;
}

/** Sends the given pending emails (or the oldest pending ones); returns how many were sent. */
export async function deliverPendingEmails(options: { ids?: string[]; limit?: number } = {}): Promise<number> {
  const pending = await db.emailOutbox.findMany({
    where: { status: "PENDING", ...(options.ids ? { id: { in: options.ids } } : {}) },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
  });
  const transport = getTransporter();
  let sent = 0;
  for (const email of pending) {
    try {
      if (transport) {
        await transport.sendMail({ from: env().MAIL_FROM, to: email.toEmail, subject: email.subject, text: email.text, html: email.html });
      }
      // Conditional update: if another worker already sent it, nothing changes.
      const updated = await db.emailOutbox.updateMany({
        where: { id: email.id, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } },
      });
      sent += updated.count;
    } catch (error) {
      await db.emailOutbox.update({
        where: { id: email.id },
        data: {
          attempts: { increment: 1 },
          lastError: String((error as Error).message).slice(0, 1000),
          status: email.attempts + 1 >= 5 ? "FAILED" : "PENDING",
        },
      });
    }
  }
  return sent;
}
