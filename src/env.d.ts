/// <reference types="astro/client" />

/** Colour classes for code blocks, generated from the Shiki themes (src/integrations/shikiPalette.ts). */
declare module 'virtual:shiki-palette.css';
