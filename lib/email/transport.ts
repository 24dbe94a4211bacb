// Sends stored emails. With SMTP_URL set they go out through nodemailer; without
// it they stay readable on the development outbox page and are marked sent.
//
// Each email is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction,
// sent, then marked SENT before the lock is released: two workers (or a worker
// and a request delivering a password reset) never send the same email, and a
// worker killed mid-batch leaves every unsent email PENDING for the next one.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

let transporter: Transporter | null | undefined;

function getTransporter(): Transporter | null {
  if (transporter === undefined) transporter = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transporter;
}

const MAX_ATTEMPTS = 5;

/** Sends the given pending emails (or the oldest pending ones); returns how many were sent. */
export async function deliverPendingEmails(options: { ids?: string[]; limit?: number } = {}): Promise<number> {
  const limit = options.ids ? options.ids.length : (options.limit ?? 50);
  let sent = 0;
  // An email that fails is retried by a later run, not again and again in this one.
  const tried: string[] = [];
  for (let i = 0; i < limit; i++) {
    const outcome = await deliverOne(options.ids, tried);
    if (outcome === "none") break;
    if (outcome === "sent") sent += 1;
  }
  return sent;
}

async function deliverOne(ids: string[] | undefined, tried: string[]): Promise<"sent" | "failed" | "none"> {
  return db.$transaction(
    async (tx) => {
      const claimed = ids
        ? await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "EmailOutbox" WHERE status = 'PENDING' AND id = ANY(${ids}::text[]) AND NOT (id = ANY(${tried}::text[]))
            ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`
        : await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "EmailOutbox" WHERE status = 'PENDING' AND NOT (id = ANY(${tried}::text[]))
            ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const id = claimed[0]?.id;
      if (!id) return "none";
      tried.push(id);
      const email = await tx.emailOutbox.findUniqueOrThrow({ where: { id } });
      try {
        const transport = getTransporter();
        if (transport) await transport.sendMail({ from: env().MAIL_FROM, to: email.toEmail, subject: email.subject, text: email.text, html: email.html });
        await tx.emailOutbox.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
        return "sent";
      } catch (error) {
        await tx.emailOutbox.update({
          where: { id },
          data: {
            attempts: { increment: 1 },
            lastError: String((error as Error).message).slice(0, 1000),
            status: email.attempts + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          },
        });
        return "failed";
      }
    },
    // A slow mail server must not make the transaction time out after the email went out.
    { timeout: 60_000 },
  );
}
