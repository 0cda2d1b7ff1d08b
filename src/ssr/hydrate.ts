/**
 * Lets the elements adopt the content a server rendered (`book-widgets/ssr`) instead of drawing it
 * anew: the same nodes stay, with their listeners added (hydration). Import it before any element
 * is defined; the script tag's loader does so itself when the page has pre-rendered elements.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

type Support = (lit: {LitElement: typeof LitElement}) => void;
const support = (globalThis as {litElementHydrateSupport?: Support}).litElementHydrateSupport;
// The support module only registers a patch, which Lit applies when Lit itself loads. Our Lit is
// usually loaded already (the shared chunk, before this one): then it is applied here, unless it was
// applied (a patched LitElement has an `observedAttributes` of its own).
if (support && !Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) support({LitElement});
