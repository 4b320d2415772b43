//! Headless rendering: a Slint platform whose windows draw with the software
//! renderer into memory, so that any screen can be written to PNG without a
//! display (screenshots, rendering tests, the benchmark).

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use slint::platform::software_renderer::{
    MinimalSoftwareWindow, PremultipliedRgbaColor, RepaintBufferType,
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

/// Makes this process render headless. Call once, before any window exists.
pub fn init_headless() -> Result<(), String> {
    slint::platform::set_platform(Box::new(Headless))
        .map_err(|e| format!("cannot set up headless rendering: {e}"))
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
    pub fn write_png(&self, path: &Path) -> Result<(), String> {
        let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), self.width, self.height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        writer
            .write_image_data(&self.rgba)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        writer
            .finish()
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Renders `component` at `width` x `height` pixels. The component must have
/// been created after [`init_headless`], and be the last one created.
pub fn render(
    component: &impl ComponentHandle,
    width: u32,
    height: u32,
) -> Result<Picture, String> {
    let window = LAST_WINDOW
        .with(|last| last.borrow().clone())
        .ok_or("no headless window: call render::init_headless() first")?;
    component
        .window()
        .set_size(PhysicalSize::new(width, height));
    component.show().map_err(|e| e.to_string())?;
    let mut buffer = vec![PremultipliedRgbaColor::default(); (width * height) as usize];
    // The first pass lets size-dependent bindings and layouts settle.
    for _ in 0..2 {
        slint::platform::update_timers_and_animations();
        window.request_redraw();
        window.draw_if_needed(|renderer| {
            renderer.render(&mut buffer, width as usize);
        });
    }
    let mut rgba = Vec::with_capacity(buffer.len() * 4);
    for pixel in &buffer {
        // The windows are opaque, so premultiplied and straight colours agree.
        rgba.extend_from_slice(&[pixel.red, pixel.green, pixel.blue, pixel.alpha]);
    }
    Ok(Picture {
        width,
        height,
        rgba,
    })
}
