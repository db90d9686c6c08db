/** Branded units where mixing them is a bug. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Hz = Brand<number, 'Hz'>;
export type Seconds = Brand<number, 'Seconds'>;
export type Samples = Brand<number, 'Samples'>;
export type Px = Brand<number, 'Px'>;
export type Radians = Brand<number, 'Radians'>;

export const hz = (n: number): Hz => n as Hz;
export const seconds = (n: number): Seconds => n as Seconds;
export const samples = (n: number): Samples => n as Samples;
export const px = (n: number): Px => n as Px;
export const radians = (n: number): Radians => n as Radians;
