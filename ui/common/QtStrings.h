#pragma once
// Qt's own texts that the window shows (the standard buttons of every dialog: OK, Cancel,
// Apply...), listed so that lupdate puts them into Ferry's .ts files under Qt's context
// ("QPlatformTheme"). Qt ships no Indonesian, so ferry_id.qm carries them; where Qt has
// the language (German) Ferry's translation says the same as qtbase_de.qm.

namespace ferry::ui {

extern const char *const kQtStandardButtonTexts[18];

} // namespace ferry::ui
