/** The data directory and how files in it are written: atomically, with locking, backups and autosave. */
package app.rehearse.storage;
