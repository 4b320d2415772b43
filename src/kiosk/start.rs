//! Starting the kiosk on a machine: its window (full screen, no pointer,
//! no way out from the keyboard when unattended), the display's rotation,
//! and systemd's readiness and watchdog.

use std::rc::Rc;

use crate::kiosk::state::{Kiosk, Setup};
use crate::kiosk::window;

/// Why the kiosk could not run.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot open the window: {0}")]
    Window(slint::PlatformError),
    #[error("{0}")]
    EventLoop(#[from] slint::PlatformError),
}

pub fn run_kiosk(fullscreen: bool, unattended: bool, setup: &Setup) -> Result<(), StartError> {
    let kiosk = Kiosk::load(setup);
    let window = window::build(kiosk).map_err(StartError::Window)?;
    let handle = slint::ComponentHandle::window(&window);
    if let Some((width, height)) = setup.config.layout_size() {
        handle.set_size(slint::LogicalSize::new(width as f32, height as f32));
    }
    if fullscreen || unattended {
        handle.set_fullscreen(true);
    }
    if unattended {
        // A visitor cannot close the kiosk (Alt+F4, the window manager's close).
        handle.on_close_requested(|| slint::CloseRequestResponse::KeepWindowShown);
        hide_cursor(handle);
    }
    // Under systemd (Type=notify): ready once the window is up, then the
    // watchdog fed from this event loop, so a frozen screen gets restarted.
    let notifier = crate::ops::systemd::Notifier::from_env().map(Rc::new);
    let _watchdog = notifier.as_ref().and_then(|notifier| {
        crate::ops::systemd::watchdog_interval_from_env()
            .map(|every| crate::ops::systemd::keep_alive(notifier.clone(), every))
    });
    slint::ComponentHandle::show(&window)?;
    if let Some(notifier) = notifier {
        slint::Timer::single_shot(std::time::Duration::ZERO, move || {
            notifier.notify("READY=1");
        });
    }
    Ok(slint::run_event_loop()?)
}

/// Passes the configured rotation to the Raspberry Pi's display backend,
/// which reads it from `SLINT_KMS_ROTATION` (unless the unit already sets it).
#[allow(unsafe_code)]
pub fn set_display_rotation(rotation: u32) {
    if rotation != 0 && std::env::var_os("SLINT_KMS_ROTATION").is_none() {
        // SAFETY: called from `main` before the kiosk starts any thread, so
        // nothing reads the environment at the same time.
        unsafe { std::env::set_var("SLINT_KMS_ROTATION", rotation.to_string()) }
    }
}

/// Hides the mouse pointer of a desktop window (a touch screen has no use for
/// it). The Raspberry Pi's linuxkms backend draws none for a touch screen.
#[cfg(feature = "desktop")]
fn hide_cursor(window: &slint::Window) {
    use slint::winit_030::{EventResult, WinitWindowAccessor, winit};
    window.on_winit_window_event(|window, event| {
        if matches!(
            event,
            winit::event::WindowEvent::CursorEntered { .. }
                | winit::event::WindowEvent::Focused(true)
                | winit::event::WindowEvent::Resized(_)
        ) {
            window.with_winit_window(|w| w.set_cursor_visible(false));
        }
        EventResult::Propagate
    });
}

#[cfg(not(feature = "desktop"))]
fn hide_cursor(_window: &slint::Window) {}
