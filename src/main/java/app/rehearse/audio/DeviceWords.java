package app.rehearse.audio;

/**
 * What to tell the user about one kind of device (microphone or speakers) when it is absent, taken by
 * another program, forbidden to the app, or when the sound system itself misbehaves.
 */
record DeviceWords(String absent, String busy, String forbidden, String broken) {
    static final DeviceWords MICROPHONE = new DeviceWords("No microphone found on this machine.",
            "The microphone is in use by another program.", "This app is not allowed to use the microphone.",
            "The microphone could not be checked because the sound system reported an error.");
    static final DeviceWords SPEAKER = new DeviceWords("No speakers or headphones found on this machine.",
            "The speakers are in use by another program.", "This app is not allowed to play sound.",
            "Playback is unavailable because the sound system reported an error.");
}
