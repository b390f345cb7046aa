/** The trainers' toolkit: presenter view, timer, pack builder, sheets and cards. */
export const trainerMessages = {} as const;
