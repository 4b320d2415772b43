//! Reading a screen aloud, for visitors who read little or not at all.
//!
//! What is read is the text the screen shows, in its order. A text that is a
//! whole message of the catalog and has a recording in the content update
//! (`audio/<language>/<message-id>.wav`, made by an interpreter) is played
//! from it; anything else is spoken by espeak-ng (offline speech synthesis,
//! a Debian package) when it has a voice for the language. A language with
//! neither has no speaker button.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::content::i18n::Catalog;

/// The speech synthesis program.
pub const ESPEAK: &str = "espeak-ng";
/// The program that plays a recording (alsa-utils).
pub const PLAYER: &str = "aplay";

/// The espeak-ng voice for a kiosk language: Dari is read with the Persian
/// voice (the written language is the same), Chinese in simplified
/// characters with the Mandarin one (`cmn`); espeak-ng has none for Pashto
/// or Tigrinya.
pub fn espeak_voice(language: &str) -> Option<&'static str> {
    match language {
        "fr" => Some("fr"),
        "en" => Some("en"),
        "ar" => Some("ar"),
        "prs" => Some("fa"),
        "ru" => Some("ru"),
        "uk" => Some("uk"),
        "es" => Some("es"),
        "pt" => Some("pt"),
        "ro" => Some("ro"),
        "tr" => Some("tr"),
        "ka" => Some("ka"),
        "bn" => Some("bn"),
        "ta" => Some("ta"),
        "zh-Hans" => Some("cmn"),
        _ => None,
    }
}

/// Whether `program` is an executable file in one of PATH's folders.
fn on_path(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            std::fs::metadata(dir.join(program))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

/// One piece of what is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A short two-note tone: the kiosk is about to forget an idle visitor.
    Tone,
    /// An interpreter's recording of a message.
    Recording(PathBuf),
    /// Text for the speech synthesis, with its voice.
    Synthesis { voice: String, text: String },
}

/// Where the spoken segments go.
enum Output {
    /// The loudspeaker.
    Speaker,
    /// Nowhere (the soak test taps the speaker thousands of times).
    Silent,
    /// Kept for the tests: the readings, and how many stops.
    Recorded(Vec<(Vec<Segment>, usize)>, usize),
}

/// Reads screens aloud, one at a time: a new reading or any touch stops the
/// one in progress.
pub struct Speech {
    /// The content update's folder with `audio/`, if any.
    recordings: Option<PathBuf>,
    /// The ALSA device to play on (`[sound] device`); `None`: the default.
    device: Option<String>,
    synthesis: bool,
    output: Mutex<Output>,
    /// The child process playing now.
    playing: Arc<Mutex<Option<Child>>>,
    /// Bumped by every new reading and every stop.
    generation: Arc<AtomicU64>,
    /// 1 + the index of the segment playing now; 0: none.
    position: Arc<std::sync::atomic::AtomicUsize>,
    /// Per language: message text -> message id (for the recordings).
    messages: Mutex<HashMap<String, HashMap<String, String>>>,
}

impl Speech {
    /// `recordings`: the folder that may hold `audio/<language>/<id>.wav`;
    /// `device`: the ALSA device to play on, `None` for the default one.
    pub fn new(recordings: Option<PathBuf>, device: Option<String>) -> Speech {
        // Looked up on PATH rather than run: no process started with the kiosk.
        let synthesis = on_path(ESPEAK);
        if !synthesis {
            crate::log::warn(&format!(
                "{ESPEAK} is not installed: only recorded messages can be read aloud"
            ));
        }
        Speech {
            recordings,
            device,
            synthesis,
            output: Mutex::new(Output::Speaker),
            playing: Arc::new(Mutex::new(None)),
            generation: Arc::new(AtomicU64::new(0)),
            position: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
            messages: Mutex::new(HashMap::new()),
        }
    }

    /// Keeps what would be read instead of playing it (tests).
    pub fn record(&self) {
        if let Ok(mut output) = self.output.lock() {
            *output = Output::Recorded(Vec::new(), 0);
        }
    }

    /// Reads nothing out (tests).
    pub fn silence(&self) {
        if let Ok(mut output) = self.output.lock() {
            *output = Output::Silent;
        }
    }

    /// What was read since [`Speech::record`], with the volume of each reading.
    fn readings(&self) -> Vec<(Vec<Segment>, usize)> {
        match self.output.lock().as_deref() {
            Ok(Output::Recorded(readings, _)) => readings.clone(),
            _ => Vec::new(),
        }
    }

    /// What was read since [`Speech::record`].
    pub fn recorded(&self) -> Vec<Vec<Segment>> {
        self.readings().into_iter().map(|r| r.0).collect()
    }

    /// The volume of each reading since [`Speech::record`].
    pub fn recorded_volumes(&self) -> Vec<usize> {
        self.readings().into_iter().map(|r| r.1).collect()
    }

    /// How many times a reading was stopped since [`Speech::record`].
    pub fn stops(&self) -> usize {
        match self.output.lock().as_deref() {
            Ok(Output::Recorded(_, stops)) => *stops,
            _ => 0,
        }
    }

    /// The index of the segment of the current reading that is playing now.
    pub fn playing(&self) -> Option<usize> {
        self.position.load(Ordering::SeqCst).checked_sub(1)
    }

    /// Tests: as if segment `index` of the last reading were playing now
    /// (nothing plays while [`Speech::record`] keeps the readings).
    pub fn pretend_playing(&self, index: usize) {
        self.position.store(index + 1, Ordering::SeqCst);
    }

    fn recordings_of(&self, language: &str) -> Option<PathBuf> {
        let dir = self.recordings.as_ref()?.join("audio").join(language);
        dir.is_dir().then_some(dir)
    }

    /// Whether the kiosk can read aloud in `language`.
    pub fn can_read(&self, language: &str) -> bool {
        (self.synthesis && espeak_voice(language).is_some())
            || self.recordings_of(language).is_some_and(|dir| {
                std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
            })
    }

    /// The segments for `texts` in `language`: recordings where there are,
    /// synthesis for the rest (nothing for a text with neither).
    pub fn plan(&self, catalog: &Catalog, language: &str, texts: &[String]) -> Vec<Segment> {
        let recordings = self.recordings_of(language);
        let voice = espeak_voice(language).filter(|_| self.synthesis);
        let mut segments = Vec::new();
        for text in texts {
            let recording = recordings.as_ref().and_then(|dir| {
                let id = self.message_id(catalog, language, text)?;
                let path = dir.join(format!("{id}.wav"));
                path.is_file().then_some(path)
            });
            match (recording, voice) {
                (Some(path), _) => segments.push(Segment::Recording(path)),
                (None, Some(voice)) => match segments.last_mut() {
                    // One synthesis call for consecutive texts: fewer pauses.
                    Some(Segment::Synthesis { voice: v, text: t }) if v == voice => {
                        // A pause between texts: end the last one as a sentence.
                        if !t.ends_with(['.', '!', '?', ':', '؟', '።', '…']) {
                            t.push('.');
                        }
                        t.push('\n');
                        t.push_str(text);
                    }
                    _ => segments.push(Segment::Synthesis {
                        voice: voice.to_string(),
                        text: text.clone(),
                    }),
                },
                (None, None) => {}
            }
        }
        segments
    }

    fn message_id(&self, catalog: &Catalog, language: &str, text: &str) -> Option<String> {
        let mut messages = self.messages.lock().ok()?;
        let map = messages.entry(language.to_string()).or_insert_with(|| {
            // Messages without variables: the others are never shown whole
            // as they are written.
            catalog
                .message_signatures(crate::content::i18n::SOURCE_LANGUAGE)
                .into_iter()
                .filter(|m| m.variables.is_empty())
                .filter_map(|m| {
                    catalog
                        .try_format(language, &m.id, None)
                        .map(|text| (text, m.id))
                })
                .collect()
        });
        map.get(text).cloned()
    }

    /// Reads `segments` in the background at `volume` (0 to 4; 2 is the
    /// usual loudness); stops the reading in progress.
    pub fn read(&self, segments: Vec<Segment>, volume: usize) {
        let amplitude = amplitude(volume);
        self.stop();
        let generation = self.generation.load(Ordering::SeqCst);
        if let Ok(mut output) = self.output.lock() {
            match &mut *output {
                Output::Speaker => {}
                Output::Silent => return,
                Output::Recorded(readings, stops) => {
                    // The stop above is part of this reading, not a visitor's.
                    *stops -= 1;
                    readings.push((segments, volume));
                    return;
                }
            }
        }
        let playing = Arc::clone(&self.playing);
        let current = Arc::clone(&self.generation);
        let device = self.device.clone();
        let position = Arc::clone(&self.position);
        std::thread::spawn(move || {
            for (index, segment) in segments.into_iter().enumerate() {
                if current.load(Ordering::SeqCst) != generation {
                    return;
                }
                position.store(index + 1, Ordering::SeqCst);
                let child = match &segment {
                    // Played from memory at the visitor's volume.
                    Segment::Tone => play_wav(scale_wav(tone(), gain(volume)), device.as_deref()),
                    Segment::Recording(path) => {
                        let wav = std::fs::read(path)
                            .map(|bytes| scale_wav(bytes, gain(volume)))
                            .unwrap_or_default();
                        play_wav(wav, device.as_deref())
                    }
                    Segment::Synthesis { voice, text } => {
                        speak(voice, text, &amplitude, device.as_deref())
                    }
                };
                let Ok(child) = child else {
                    crate::log::error(&format!("cannot read aloud: {segment:?}"));
                    return;
                };
                let Ok(mut slot) = playing.lock() else {
                    return;
                };
                // A stop that came while the child started.
                if current.load(Ordering::SeqCst) != generation {
                    let mut child = child;
                    let _ = child.kill();
                    let _ = child.wait();
                    return;
                }
                *slot = Some(child);
                drop(slot);
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    let Ok(mut slot) = playing.lock() else {
                        return;
                    };
                    match slot.as_mut().map(Child::try_wait) {
                        Some(Ok(None)) => continue,
                        _ => {
                            *slot = None;
                            break;
                        }
                    }
                }
            }
            if current.load(Ordering::SeqCst) == generation {
                position.store(0, Ordering::SeqCst);
            }
        });
    }

    /// Stops the reading in progress, at once.
    pub fn stop(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.position.store(0, Ordering::SeqCst);
        if let Ok(mut output) = self.output.lock()
            && let Output::Recorded(_, stops) = &mut *output
        {
            *stops += 1;
        }
        if let Ok(mut slot) = self.playing.lock()
            && let Some(mut child) = slot.take()
        {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The player, on `device` when one is set.
fn player(device: Option<&str>) -> Command {
    let mut command = Command::new(PLAYER);
    command.arg("-q");
    if let Some(device) = device {
        command.args(["-D", device]);
    }
    command.arg("-").stdout(Stdio::null()).stderr(Stdio::null());
    command
}

/// Plays a WAV file held in memory.
fn play_wav(wav: Vec<u8>, device: Option<&str>) -> std::io::Result<Child> {
    let mut child = player(device).stdin(Stdio::piped()).spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // The player reads while this thread writes.
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&wav);
        });
    }
    Ok(child)
}

/// Speaks `text`: straight to the default device, or through the player to
/// the operator's device (espeak-ng cannot pick an ALSA device itself). The
/// child returned is the one making the sound: stopping it stops the reading.
fn speak(voice: &str, text: &str, amplitude: &str, device: Option<&str>) -> std::io::Result<Child> {
    let mut espeak = Command::new(ESPEAK);
    espeak
        .args(["-v", voice, "-s", "150", "-a", amplitude])
        .stderr(Stdio::null());
    let Some(device) = device else {
        return espeak.arg("--").arg(text).stdout(Stdio::null()).spawn();
    };
    let mut synthesis = espeak
        .args(["--stdout", "--"])
        .arg(text)
        .stdout(Stdio::piped())
        .spawn()?;
    let Some(sound) = synthesis.stdout.take() else {
        let _ = synthesis.kill();
        let _ = synthesis.wait();
        return Err(std::io::Error::other("no output from the synthesis"));
    };
    let played = player(Some(device)).stdin(Stdio::from(sound)).spawn();
    // The synthesis ends when it has written everything, or when the player
    // is stopped (a broken pipe): reaped here either way.
    std::thread::spawn(move || {
        let _ = synthesis.wait();
    });
    played
}

/// The tone of the idle question: two short notes, rising (660 then 880 Hz,
/// 0.15 s each, softened at both ends so they do not click), as a 16-bit
/// mono WAV at 22 050 Hz.
pub fn tone() -> Vec<u8> {
    const RATE: u32 = 22_050;
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let note = (RATE as f32 * 0.15) as usize;
    let fade = (RATE as f32 * 0.01) as usize;
    let gap = (RATE as f32 * 0.05) as usize;
    let mut out = std::io::Cursor::new(Vec::new());
    if let Ok(mut writer) = hound::WavWriter::new(&mut out, spec) {
        for (index, frequency) in [660.0_f32, 880.0].into_iter().enumerate() {
            if index > 0 {
                for _ in 0..gap {
                    let _ = writer.write_sample(0_i16);
                }
            }
            for i in 0..note {
                let envelope = (i.min(note - 1 - i) as f32 / fade as f32).min(1.0);
                let phase = 2.0 * std::f32::consts::PI * frequency * i as f32 / RATE as f32;
                let _ = writer.write_sample((phase.sin() * envelope * 12_000.0) as i16);
            }
        }
        let _ = writer.finalize();
    }
    out.into_inner()
}

/// The factor a recording's samples are multiplied by at a volume level.
pub fn gain(volume: usize) -> f32 {
    const LEVELS: [f32; 5] = [0.4, 0.7, 1.0, 1.4, 1.9];
    LEVELS[volume.min(LEVELS.len() - 1)]
}

/// A 16-bit PCM WAV file with its samples multiplied by `gain` (clipped);
/// any other file unchanged. Read and written with `hound`, which skips the
/// extra chunks (LIST, fact, ...) that recorders add.
pub fn scale_wav(bytes: Vec<u8>, gain: f32) -> Vec<u8> {
    if gain == 1.0 {
        return bytes;
    }
    scaled(&bytes, gain).unwrap_or(bytes)
}

fn scaled(bytes: &[u8], gain: f32) -> Option<Vec<u8>> {
    let reader = hound::WavReader::new(std::io::Cursor::new(bytes)).ok()?;
    let spec = reader.spec();
    if spec.sample_format != hound::SampleFormat::Int || spec.bits_per_sample != 16 {
        return None;
    }
    let mut out = std::io::Cursor::new(Vec::with_capacity(bytes.len()));
    {
        let mut writer = hound::WavWriter::new(&mut out, spec).ok()?;
        for sample in reader.into_samples::<i16>() {
            let value = f32::from(sample.ok()?) * gain;
            let value = value.clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16;
            writer.write_sample(value).ok()?;
        }
        writer.finalize().ok()?;
    }
    Some(out.into_inner())
}

/// espeak-ng's amplitude (0 to 200, 100 its default) for a volume level.
pub fn amplitude(volume: usize) -> String {
    const LEVELS: [u32; 5] = [40, 70, 100, 140, 190];
    LEVELS[volume.min(LEVELS.len() - 1)].to_string()
}

/// Speaks `text` with `voice` into a WAV file (tests, operators checking a voice).
/// Why speech could not be written to a file.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("{ESPEAK}: {0} (install it: scripts/setup.sh)")]
    Start(std::io::Error),
    #[error("{ESPEAK} failed ({0})")]
    Failed(std::process::ExitStatus),
}

pub fn synthesise_to_wav(voice: &str, text: &str, out: &Path) -> Result<(), SpeechError> {
    let status = Command::new(ESPEAK)
        .args(["-v", voice, "-s", "150", "-w"])
        .arg(out)
        .arg("--")
        .arg(text)
        .stdout(Stdio::null())
        .status()
        .map_err(SpeechError::Start)?;
    if status.success() {
        Ok(())
    } else {
        Err(SpeechError::Failed(status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(samples: &[i16]) -> Vec<u8> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 22050,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut out = std::io::Cursor::new(Vec::new());
        let mut writer = hound::WavWriter::new(&mut out, spec).expect("writer");
        for sample in samples {
            writer.write_sample(*sample).expect("sample");
        }
        writer.finalize().expect("finalize");
        out.into_inner()
    }

    fn samples(bytes: &[u8]) -> Vec<i16> {
        hound::WavReader::new(std::io::Cursor::new(bytes))
            .expect("a WAV file")
            .into_samples::<i16>()
            .map(|s| s.expect("sample"))
            .collect()
    }

    #[test]
    fn a_recording_is_scaled_to_the_volume_and_clipped() {
        let wav = wav(&[1000, -1000, 30000]);
        assert_eq!(
            samples(&scale_wav(wav.clone(), gain(2))),
            [1000, -1000, 30000]
        );
        assert_eq!(
            samples(&scale_wav(wav.clone(), gain(0))),
            [400, -400, 12000]
        );
        assert_eq!(
            samples(&scale_wav(wav.clone(), gain(4))),
            [1900, -1900, 32767]
        );
        // Not a PCM WAV: played as it is.
        assert_eq!(scale_wav(b"OggS....".to_vec(), 1.9), b"OggS....");
    }

    #[test]
    fn a_recording_with_a_list_chunk_before_its_format_is_scaled_too() {
        // As some recorders write it: RIFF, WAVE, then a LIST chunk (the
        // recorder's name) before "fmt ", so nothing is at the usual offsets.
        let plain = wav(&[1000, -2000]);
        let list: &[u8] = b"LIST\x0e\0\0\0INFOISFT\x02\0\0\0r\0";
        let mut with_list = plain[..12].to_vec();
        with_list.extend_from_slice(list);
        with_list.extend_from_slice(&plain[12..]);
        let riff = (with_list.len() - 8) as u32;
        with_list[4..8].copy_from_slice(&riff.to_le_bytes());
        assert_eq!(samples(&with_list), [1000, -2000]);
        assert_eq!(samples(&scale_wav(with_list, gain(0))), [400, -800]);
    }

    #[test]
    fn the_idle_tone_is_two_audible_notes_a_third_of_a_second_long() {
        let tone = tone();
        let notes = samples(&tone);
        // 0.15 s + 0.05 s + 0.15 s at 22 050 samples a second.
        assert_eq!(notes.len(), 7716);
        let rms =
            (notes.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>() / notes.len() as f64).sqrt();
        assert!(rms > 5000.0, "RMS {rms:.0}");
        // Softened ends: no click.
        assert!(notes[0].abs() < 100 && notes[notes.len() - 1].abs() < 2000);
        // Louder and softer with the visitor's volume, like the recordings.
        let loud = samples(&scale_wav(tone.clone(), gain(4)));
        assert!(
            loud.iter().map(|s| s.unsigned_abs()).max()
                > notes.iter().map(|s| s.unsigned_abs()).max()
        );
    }

    #[test]
    fn voices_for_fourteen_languages_and_none_for_pashto_or_tigrinya() {
        for (language, voice) in [
            ("fr", "fr"),
            ("en", "en"),
            ("ar", "ar"),
            ("prs", "fa"),
            ("ru", "ru"),
            ("uk", "uk"),
            ("es", "es"),
            ("pt", "pt"),
            ("ro", "ro"),
            ("tr", "tr"),
            ("ka", "ka"),
            ("bn", "bn"),
            ("ta", "ta"),
            ("zh-Hans", "cmn"),
        ] {
            assert_eq!(espeak_voice(language), Some(voice));
        }
        assert_eq!(espeak_voice("ps"), None);
        assert_eq!(espeak_voice("ti"), None);
    }
}
