/**
 * `cem analyze` (run by `npm run build`) writes dist/custom-elements.json from the elements' JSDoc.
 * This config alone gives the manifest users read: the files to read, Lit's syntax, and the plugin
 * below.
 */

/**
 * Internal reactive state is declared in `static properties` as `{state: true}`; the analyzer lists
 * it as attributes, but private and protected members are nobody's API: their attributes go.
 */
const noPrivateAttributes = () => ({
  name: 'book-widgets-no-private-attributes',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      const hidden = new Set(
        (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
      );
      if (!declaration.attributes) continue;
      declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
      for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts', 'src/loading/book-source-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [noPrivateAttributes()],
};
