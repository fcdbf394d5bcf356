// Handlebars's runtime without its compiler, imported by file name: the package has no "exports" map, so Node's ES
// module loader needs the extension, and Handlebars's own types declare the module only without it.
declare module 'handlebars/runtime.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
