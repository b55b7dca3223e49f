/** The user's STAR story bank: stories, their checks, the competencies they cover, and the timing of a spoken answer. */
package app.rehearse.stories;
