/** The question bank page: browse and filter every question, write and edit your own, import and export packs. */
package app.rehearse.ui.bank;
