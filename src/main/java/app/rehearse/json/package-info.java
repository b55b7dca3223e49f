/** A small JSON tree that remembers where every value stood in its file, so errors can name line and column. */
package app.rehearse.json;
