import { z } from "zod";
import { emailField, localeField, optionalText, passwordField } from "@/lib/validation/common";

const accountFields = {
  name: z.string().trim().min(2, { message: "validation.tooShort" }).max(120),
  email: emailField,
  password: passwordField,
  locale: localeField,
};

export const OrgSignUpSchema = z.object({
  ...accountFields,
  organisationName: z.string().trim().min(2, { message: "validation.tooShort" }).max(200),
  registrationNumber: optionalText(50),
  sectorId: z.string().min(1, { message: "validation.choose" }),
  region: optionalText(100),
  city: optionalText(100),
  title: optionalText(120),
});

export const VolunteerSignUpSchema = z.object(accountFields);

export const InvitationSignUpSchema = z.object({ ...accountFields, token: z.string().min(10) });

export const InviteSchema = z.object({ email: emailField });

export const ForgotPasswordSchema = z.object({ email: emailField });

export const ResetPasswordSchema = z
  .object({ token: z.string().min(10), password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

export const StaffAccountSchema = z.object({
  name: accountFields.name,
  email: emailField,
  locale: localeField,
  role: z.enum(["COORDINATOR", "ADMIN"], { message: "validation.choose" }),
  programIds: z.array(z.string()).default([]),
});

