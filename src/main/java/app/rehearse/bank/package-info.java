/** Questions and packs: the model, reading and validating pack files, the loaded bank, and drawing a prompt. */
package app.rehearse.bank;
