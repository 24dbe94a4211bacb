import { describe, expect, it } from "vitest";
import { NeedStatus, PairingStatus } from "@/lib/generated/prisma/enums";
import { canTransitionNeed, isNeedEditable, nextNeedStatuses } from "@/lib/needs/state-machine";
import { CAPACITY_STATUSES, canTransitionPairing, isTerminalPairing, LIVE_STATUSES } from "@/lib/pairings/state-machine";

describe("need lifecycle", () => {
  it("follows draft → submitted → approved → matching → matched → closed", () => {
    expect(canTransitionNeed("DRAFT", "SUBMITTED", "org")).toBe(true);
    expect(canTransitionNeed("SUBMITTED", "APPROVED", "coordinator")).toBe(true);
    expect(canTransitionNeed("APPROVED", "MATCHING", "coordinator")).toBe(true);
    expect(canTransitionNeed("MATCHING", "MATCHED", "system")).toBe(true);
    expect(canTransitionNeed("MATCHED", "CLOSED", "coordinator")).toBe(true);
  });

  it("lets only coordinators approve or return, and only organisations submit", () => {
    expect(canTransitionNeed("SUBMITTED", "APPROVED", "org")).toBe(false);
    expect(canTransitionNeed("SUBMITTED", "RETURNED", "org")).toBe(false);
    expect(canTransitionNeed("DRAFT", "SUBMITTED", "coordinator")).toBe(false);
    expect(nextNeedStatuses("SUBMITTED", "coordinator").sort()).toEqual(["APPROVED", "RETURNED", "WITHDRAWN"]);
  });

  it("never leaves a closed or withdrawn need", () => {
    for (const to of Object.values(NeedStatus)) {
      for (const by of ["org", "coordinator", "system"] as const) {
        expect(canTransitionNeed("CLOSED", to, by)).toBe(false);
        expect(canTransitionNeed("WITHDRAWN", to, by)).toBe(false);
      }
    }
  });

  it("is editable only as a draft or when returned", () => {
    expect(Object.values(NeedStatus).filter(isNeedEditable).sort()).toEqual(["DRAFT", "RETURNED"]);
  });
});

describe("pairing lifecycle", () => {
  it("lets only the volunteer accept or decline a proposal, and only the system expire it", () => {
    expect(canTransitionPairing("PROPOSED", "ACCEPTED", "volunteer")).toBe(true);
    expect(canTransitionPairing("PROPOSED", "ACCEPTED", "coordinator")).toBe(false);
    expect(canTransitionPairing("PROPOSED", "DECLINED", "volunteer")).toBe(true);
    expect(canTransitionPairing("PROPOSED", "EXPIRED", "system")).toBe(true);
    expect(canTransitionPairing("PROPOSED", "EXPIRED", "volunteer")).toBe(false);
  });

  it("refuses accepting an expired or declined proposal", () => {
    expect(canTransitionPairing("EXPIRED", "ACCEPTED", "volunteer")).toBe(false);
    expect(canTransitionPairing("DECLINED", "ACCEPTED", "volunteer")).toBe(false);
  });

  it("has terminal states with no way out", () => {
    const terminal = Object.values(PairingStatus).filter(isTerminalPairing).sort();
    expect(terminal).toEqual(["COMPLETED", "DECLINED", "ENDED_EARLY", "EXPIRED", "WITHDRAWN"]);
  });

  it("counts capacity for accepted, active and paused pairings only", () => {
    expect([...CAPACITY_STATUSES].sort()).toEqual(["ACCEPTED", "ACTIVE", "PAUSED"]);
    expect(LIVE_STATUSES).toContain("PROPOSED");
  });
});
