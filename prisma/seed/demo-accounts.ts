/** Demo sign-ins, printed by `npm run dev` and listed in the README. Fictional people. */
export const DEMO_PASSWORD = "tandem-demo-2026";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@tandem.example.org", name: "Léa Administratrice" },
  coordinator: { email: "julien.marchand@tandem.example.org", name: "Julien Marchand" },
  orgMember: { email: "nadia.ouellet@meresdebout.example.org", name: "Nadia Ouellet" },
  volunteer: { email: "kemi.adeyemi@example.org", name: "Kemi Adeyemi" },
} as const;

export const DEMO_IDS = {
  program: "demo-program-2026",
  organisation: "demo-org-meres-debout",
  need: "demo-need-social-media",
  pairing: "demo-pairing-meres-debout",
  /** The charity's second need, still open: the matching console's demo (Kemi ranks first). */
  openNeed: "demo-need-donation-campaign",
} as const;

export function describeDemoSignIns(): string {
  const rows = [
    ["Coordinator / coordonnateur", DEMO_ACCOUNTS.coordinator.email],
    ["Nonprofit member / membre d’organisme", DEMO_ACCOUNTS.orgMember.email],
    ["Volunteer / bénévole", DEMO_ACCOUNTS.volunteer.email],
    ["Admin", DEMO_ACCOUNTS.admin.email],
  ];
  return [
    "Demo sign-ins (password for all: " + DEMO_PASSWORD + "):",
    ...rows.map(([role, email]) => `  ${role!.padEnd(40)} ${email}`),
  ].join("\n");
}
