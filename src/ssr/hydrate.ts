/**
 * Lets the elements adopt the content a server rendered (`book-widgets/ssr`) instead of drawing it
 * anew: the same nodes stay, with their listeners added (hydration). Import it before any element
 * is defined; the script tag's loader does so itself when the page has pre-rendered elements.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

type Support = (lit: {LitElement: typeof LitElement}) => void;
const support = (globalThis as {litElementHydrateSupport?: Support}).litElementHydrateSupport;
// Lit calls it itself when it is loaded after this module; a Lit already here is given it now (once:
// patched, LitElement has its own `observedAttributes`).
if (support && !Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) support({LitElement});
