//! Headless rendering: a Slint platform whose windows draw with the software
//! renderer into memory, so that any screen can be written to PNG without a
//! display (screenshots, rendering tests, the benchmark).

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use slint::platform::software_renderer::{
    LineBufferProvider, MinimalSoftwareWindow, PremultipliedRgbaColor, RepaintBufferType,
};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize, PlatformError};

thread_local! {
    static LAST_WINDOW: RefCell<Option<Rc<MinimalSoftwareWindow>>> = const { RefCell::new(None) };
}

struct Headless;

impl Platform for Headless {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
        LAST_WINDOW.with(|last| *last.borrow_mut() = Some(Rc::clone(&window)));
        Ok(window)
    }
}

/// Why a picture could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot set up headless rendering: {0}")]
    Platform(slint::platform::SetPlatformError),
    #[error("no headless window: call render::init_headless() first")]
    NoWindow,
    #[error("{0}")]
    Window(#[from] PlatformError),
    #[error("{}: {source}", path.display())]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("the renderer drew {written} of the picture's {height} lines")]
    Incomplete { written: usize, height: u32 },
    #[error("{}: {source}", path.display())]
    Png {
        path: std::path::PathBuf,
        source: png::EncodingError,
    },
}

/// Makes this process render headless. Call once, before any window exists.
pub fn init_headless() -> Result<(), RenderError> {
    slint::platform::set_platform(Box::new(Headless)).map_err(RenderError::Platform)
}

/// An RGBA picture, 8 bits a channel, row after row.
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Picture {
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        let i = ((y * self.width + x) * 4) as usize;
        [
            self.rgba[i],
            self.rgba[i + 1],
            self.rgba[i + 2],
            self.rgba[i + 3],
        ]
    }

    /// Writes the picture as a PNG file.
    pub fn write_png(&self, path: &Path) -> Result<(), RenderError> {
        let png = |source| RenderError::Png {
            path: path.to_path_buf(),
            source,
        };
        // Encoded in memory, then written whole: a failed write never
        // leaves a truncated picture where a good one was.
        let mut buffer = Vec::new();
        let mut encoder = png::Encoder::new(&mut buffer, self.width, self.height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(png)?;
        writer.write_image_data(&self.rgba).map_err(png)?;
        writer.finish().map_err(png)?;
        crate::ops::atomic::write_output(path, &buffer).map_err(|source| RenderError::Io {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// Renders `component` at `width` x `height` pixels. The component must have
/// been created after [`init_headless`], and be the last one created.
pub fn render(
    component: &impl ComponentHandle,
    width: u32,
    height: u32,
) -> Result<Picture, RenderError> {
    let window = LAST_WINDOW
        .with(|last| last.borrow().clone())
        .ok_or(RenderError::NoWindow)?;
    component
        .window()
        .set_size(PhysicalSize::new(width, height));
    component.show()?;
    // Drawn line by line straight into the picture: no second frame buffer.
    let mut rgba = vec![0u8; (width * height * 4) as usize];
    // The first pass lets size-dependent bindings and layouts settle.
    for _ in 0..2 {
        slint::platform::update_timers_and_animations();
        window.request_redraw();
        window.draw_if_needed(|renderer| {
            renderer.render_by_line(Lines {
                rgba: &mut rgba,
                width: width as usize,
                line: vec![PremultipliedRgbaColor::default(); width as usize],
                single_row: false,
                done: &mut |_| {},
            });
        });
    }
    Ok(Picture {
        width,
        height,
        rgba,
    })
}

/// Renders `component` at `width` x `height` pixels straight into the PNG
/// file `path`, a line at a time: no picture is held in memory (screenshots).
pub fn render_png(
    component: &impl ComponentHandle,
    width: u32,
    height: u32,
    path: &Path,
) -> Result<(), RenderError> {
    let window = LAST_WINDOW
        .with(|last| last.borrow().clone())
        .ok_or(RenderError::NoWindow)?;
    component
        .window()
        .set_size(PhysicalSize::new(width, height));
    component.show()?;
    let png = |source| RenderError::Png {
        path: path.to_path_buf(),
        source,
    };
    // Encoded in memory, then written whole (see `Picture::write_png`).
    let mut buffer = Vec::new();
    let mut encoder = png::Encoder::new(&mut buffer, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(png)?;
    let mut stream = writer.stream_writer().map_err(png)?;
    let mut row = vec![0u8; width as usize * 4];
    let mut line = vec![PremultipliedRgbaColor::default(); width as usize];
    let mut written = 0usize;
    let mut failed = None;
    // The first pass lets size-dependent bindings and layouts settle; the
    // second is written out.
    for pass in 0..2 {
        slint::platform::update_timers_and_animations();
        window.request_redraw();
        window.draw_if_needed(|renderer| {
            renderer.render_by_line(Lines {
                rgba: &mut row,
                width: width as usize,
                line: std::mem::take(&mut line),
                single_row: true,
                done: &mut |row: &[u8]| {
                    if pass == 1 && failed.is_none() {
                        match std::io::Write::write_all(&mut stream, row) {
                            Ok(()) => written += 1,
                            Err(e) => failed = Some(e),
                        }
                    }
                },
            });
        });
        line = vec![PremultipliedRgbaColor::default(); width as usize];
    }
    if let Some(source) = failed {
        return Err(RenderError::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    if written != height as usize {
        return Err(RenderError::Incomplete { written, height });
    }
    stream.finish().map_err(png)?;
    drop(writer);
    crate::ops::atomic::write_output(path, &buffer).map_err(|source| RenderError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Hands the renderer one line at a time and copies each into the picture.
struct Lines<'a> {
    /// The whole picture, or one row when `single_row`.
    rgba: &'a mut [u8],
    width: usize,
    line: Vec<PremultipliedRgbaColor>,
    single_row: bool,
    /// Called with each row once drawn.
    done: &'a mut dyn FnMut(&[u8]),
}

impl LineBufferProvider for Lines<'_> {
    type TargetPixel = PremultipliedRgbaColor;

    fn process_line(
        &mut self,
        line: usize,
        range: core::ops::Range<usize>,
        render_fn: impl FnOnce(&mut [PremultipliedRgbaColor]),
    ) {
        let at = if self.single_row { 0 } else { line };
        let row = &mut self.rgba[at * self.width * 4..(at + 1) * self.width * 4];
        let pixels = &mut self.line[range.clone()];
        // The line as drawn so far: the renderer blends onto it.
        for (pixel, bytes) in pixels
            .iter_mut()
            .zip(row[range.start * 4..].chunks_exact(4))
        {
            *pixel = PremultipliedRgbaColor {
                red: bytes[0],
                green: bytes[1],
                blue: bytes[2],
                alpha: bytes[3],
            };
        }
        render_fn(pixels);
        // The windows are opaque, so premultiplied and straight colours agree.
        for (pixel, bytes) in pixels
            .iter()
            .zip(row[range.start * 4..].chunks_exact_mut(4))
        {
            bytes.copy_from_slice(&[pixel.red, pixel.green, pixel.blue, pixel.alpha]);
        }
        (self.done)(row);
    }
}

/// Draws the whole window once into `buffer` (`width` pixels a row), as the
/// benchmark's full redraw: the last window created, at the size it was
/// last rendered at.
pub fn redraw(buffer: &mut [PremultipliedRgbaColor], width: usize) -> Result<(), RenderError> {
    let window = LAST_WINDOW
        .with(|last| last.borrow().clone())
        .ok_or(RenderError::NoWindow)?;
    slint::platform::update_timers_and_animations();
    window.request_redraw();
    window.draw_if_needed(|renderer| {
        renderer.render(buffer, width);
    });
    Ok(())
}
