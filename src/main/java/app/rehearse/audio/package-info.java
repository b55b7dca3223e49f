/** Recording a spoken answer to a WAV file with its STAR marks as cue points, and playing it back locally. */
package app.rehearse.audio;
