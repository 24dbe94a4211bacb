// Emails leave through nodemailer to the SMTP server in the environment. A real
// SMTP server (the smtp-server package) listens on a free port for this file.
import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const received: { to: string[]; data: string }[] = [];
let server: SMTPServer;
let port = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  // Read by lib/env.ts on first use, after this file's set-up.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Tandem <tandem@example.org>";
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("email delivery", () => {
  it("sends the outbox through SMTP with text and HTML parts, once", async () => {
    const { db } = await import("@/lib/db");
    const { requestPasswordReset } = await import("@/lib/accounts/password-reset");
    const { deliverPendingEmails } = await import("@/lib/email/transport");
    const { createUser } = await import("@/tests/factories");
    await createUser(db, { email: "smtp-person@example.org", locale: "fr", name: "Awa" });

    await requestPasswordReset({ input: { email: "smtp-person@example.org" } });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["smtp-person@example.org"]);
    expect(received[0]!.data).toMatch(/Subject: =\?UTF-8\?Q\?R=C3=A9initialisez|Subject: R.initialisez/);
    expect(received[0]!.data).toContain("text/plain");
    expect(received[0]!.data).toContain("text/html");
    const row = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: "smtp-person@example.org" } });
    expect(row.status).toBe("SENT");

    // Delivering again sends nothing more.
    expect(await deliverPendingEmails()).toBe(0);
    expect(received).toHaveLength(1);
  });
});
