//! Work done once something stops changing: the address bar after typing pauses (`typing.rs`),
//! the filter's counts in a long collection (`ui/filters.rs`), the word tools' lines and tables
//! ([`use_deferred`]).

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Runs the latest of the actions given to [`Pause::after`] once no newer one has come for its
/// delay; [`Pause::cancel`] drops the pending one. Clones share the same pending action.
#[derive(Clone, Default, PartialEq)]
pub struct Pause {
    /// Counts the actions given, so that a delayed one knows whether it is still the latest.
    generation: Rc<Cell<u64>>,
}

impl Pause {
    /// Runs `action` after `ms` milliseconds, unless another action is given or `cancel` is called
    /// before then.
    pub fn after(&self, ms: u64, action: impl FnOnce() + 'static) {
        let mine = self.bump();
        let generation = self.generation.clone();
        wasm_bindgen_futures::spawn_local(async move {
            yew::platform::time::sleep(Duration::from_millis(ms)).await;
            if generation.get() == mine {
                action();
            }
        });
    }

    /// Drops the pending action, if any.
    pub fn cancel(&self) {
        self.bump();
    }

    fn bump(&self) -> u64 {
        self.generation.set(self.generation.get() + 1);
        self.generation.get()
    }
}

/// How long typing pauses before deferred values catch up.
const DEFER_MS: u64 = 150;

/// `value`, or with `defer`, `value` as it was when it last stayed the same for [`DEFER_MS`]: what
/// is costly to redraw (hundreds of boxes, a concordance of thousands of lines) follows the typing
/// once it pauses.
#[yew::hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T, defer: bool) -> T {
    use yew::prelude::*;
    let shown = use_state(|| value.clone());
    let pause = (*use_memo((), |_| Pause::default())).clone();
    {
        let shown = shown.clone();
        use_effect_with((value.clone(), defer), move |(value, defer)| {
            if *defer {
                let value = value.clone();
                pause.after(DEFER_MS, move || shown.set(value));
            } else {
                pause.cancel();
            }
        });
    }
    if defer {
        (*shown).clone()
    } else {
        value
    }
}
