// Every message catalogue, by locale and namespace. A key's full name is
// `<namespace>.<path in the file>`. tests/unit/i18n/catalogues.test.ts fails when
// the French and English files do not have the same keys.
import type { AppLocale } from "@/lib/i18n/config";
import type { MessageTree } from "@/lib/i18n/translate";

import enCommon from "./en/common.json";
import enValidation from "./en/validation.json";
import enErrors from "./en/errors.json";
import enAuth from "./en/auth.json";
import enHome from "./en/home.json";
import enOrg from "./en/org.json";
import enNeeds from "./en/needs.json";
import enVolunteer from "./en/volunteer.json";
import enCoordinator from "./en/coordinator.json";
import enAdmin from "./en/admin.json";
import enPairing from "./en/pairing.json";
import enEmail from "./en/email.json";
import enMatching from "./en/matching.json";
import enScheduling from "./en/scheduling.json";
import enStrategy from "./en/strategy.json";
import enCampaigns from "./en/campaigns.json";
import enMatchmaking from "./en/matchmaking.json";
import enSessions from "./en/sessions.json";
import enNotifications from "./en/notifications.json";
import enReporting from "./en/reporting.json";
import enAlumni from "./en/alumni.json";
import enPrograms from "./en/programs.json";

import frCommon from "./fr/common.json";
import frValidation from "./fr/validation.json";
import frErrors from "./fr/errors.json";
import frAuth from "./fr/auth.json";
import frHome from "./fr/home.json";
import frOrg from "./fr/org.json";
import frNeeds from "./fr/needs.json";
import frVolunteer from "./fr/volunteer.json";
import frCoordinator from "./fr/coordinator.json";
import frAdmin from "./fr/admin.json";
import frPairing from "./fr/pairing.json";
import frEmail from "./fr/email.json";
import frMatching from "./fr/matching.json";
import frScheduling from "./fr/scheduling.json";
import frStrategy from "./fr/strategy.json";
import frCampaigns from "./fr/campaigns.json";
import frMatchmaking from "./fr/matchmaking.json";
import frSessions from "./fr/sessions.json";
import frNotifications from "./fr/notifications.json";
import frReporting from "./fr/reporting.json";
import frAlumni from "./fr/alumni.json";
import frPrograms from "./fr/programs.json";

export const catalogues: Record<AppLocale, MessageTree> = {
  en: {
    common: enCommon,
    validation: enValidation,
    errors: enErrors,
    auth: enAuth,
    home: enHome,
    org: enOrg,
    needs: enNeeds,
    volunteer: enVolunteer,
    coordinator: enCoordinator,
    admin: enAdmin,
    pairing: enPairing,
    email: enEmail,
    matching: enMatching,
    scheduling: enScheduling,
    strategy: enStrategy,
    campaigns: enCampaigns,
    matchmaking: enMatchmaking,
    sessions: enSessions,
    notifications: enNotifications,
    reporting: enReporting,
    alumni: enAlumni,
    programs: enPrograms,
  },
  fr: {
    common: frCommon,
    validation: frValidation,
    errors: frErrors,
    auth: frAuth,
    home: frHome,
    org: frOrg,
    needs: frNeeds,
    volunteer: frVolunteer,
    coordinator: frCoordinator,
    admin: frAdmin,
    pairing: frPairing,
    email: frEmail,
    matching: frMatching,
    scheduling: frScheduling,
    strategy: frStrategy,
    campaigns: frCampaigns,
    matchmaking: frMatchmaking,
    sessions: frSessions,
    notifications: frNotifications,
    reporting: frReporting,
    alumni: frAlumni,
    programs: frPrograms,
  },
};
