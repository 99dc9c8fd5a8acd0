/**
 * Logistic-regression weights for keeping a plain-text line as article body.
 * Fitted by `npm run bench:clean -- --train-lines` on the labelled L3S-GN1 development pages
 * (ids 0-3; ids 4-7 are held out). 19094 lines; generated file, do not edit by hand.
 */
export const LINE_MODEL = {
  features: ["log words","ends like a sentence","stop-word ratio","capitalized ratio","digit ratio","separators","junk phrase","prose","short sentence","inside main run","kept by rules","after comment marker","relative position","previous is prose","next is prose","prose around","under 4 words","30+ words","is the title","opens with a quote","above the body","comment-like line just above","comment-like lines above (log)"],
  weights: [-0.1806,1.2509,-0.4168,-0.6527,0.5315,-0.0163,-0.8643,1.4265,0.0255,0.564,1.2148,-1.7073,-1.4905,1.2614,1.2277,2.667,-0.6581,1.2645,0.0161,0.9929,-0.7332,-0.81,-3.4766],
  bias: -3.7059,
  threshold: 0.575,
  /** Lines the structural rules keep are dropped only below this probability. */
  veto: 0.2,
};
