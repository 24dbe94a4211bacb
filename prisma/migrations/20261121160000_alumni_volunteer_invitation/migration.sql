-- AlterTable
ALTER TABLE "Alumni" ADD COLUMN     "volunteerInvitedAt" TIMESTAMPTZ(3);
