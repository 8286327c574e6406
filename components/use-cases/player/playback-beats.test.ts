import { expect, test } from "vitest";
import { beatsOf } from "./playback-beats";

const steps = [
  { title: "Register", narration: "Sona registers Sowmya.", unhappy: [{ fault: "consent-refused", trigger: "She says no" }] },
  { title: "Pay", narration: "Sowmya is paid.", unhappy: [] },
];

test("the whole journey is each step in order, numbered from 1", () => {
  expect(beatsOf(steps, false).map((b) => [b.step, b.fault])).toEqual([
    [1, undefined],
    [2, undefined],
  ]);
});

test("with problems, a step's unhappy paths come before its normal story", () => {
  expect(beatsOf(steps, true).map((b) => [b.step, b.fault ?? "normal"])).toEqual([
    [1, "consent-refused"],
    [1, "normal"],
    [2, "normal"],
  ]);
  expect(beatsOf(steps, true)[0]!.trigger).toBe("She says no");
});
