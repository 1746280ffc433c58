/**
 * A group's gain and loss in the rank-change chart: the dossier outcomes' teal and red, which stay
 * apart for red–green colour-blind readers (plain green and red did not: ΔE2000 6.7).
 */
export const CHANGE_COLORS = { gain: '#1a6b5a', loss: '#b42318' } as const;
