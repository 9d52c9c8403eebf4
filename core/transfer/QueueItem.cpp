#include "QueueItem.h"

namespace ferry::transfer {

QString toString(Direction direction)
{
    switch (direction) {
    case Direction::Download:
        return QStringLiteral("get");
    case Direction::Upload:
        return QStringLiteral("put");
    case Direction::Copy:
        return QStringLiteral("copy");
    }
    return QStringLiteral("unknown");
}

QString toString(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
        return QStringLiteral("queued");
    case ItemState::Running:
        return QStringLiteral("running");
    case ItemState::Paused:
        return QStringLiteral("paused");
    case ItemState::Failed:
        return QStringLiteral("failed");
    case ItemState::Done:
        return QStringLiteral("done");
    case ItemState::Skipped:
        return QStringLiteral("skipped");
    case ItemState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString toString(ExistsAction action)
{
    switch (action) {
    case ExistsAction::Ask:
        return QStringLiteral("ask");
    case ExistsAction::Overwrite:
        return QStringLiteral("overwrite");
    case ExistsAction::OverwriteIfNewer:
        return QStringLiteral("newer");
    case ExistsAction::OverwriteIfSizeDiffers:
        return QStringLiteral("size");
    case ExistsAction::Resume:
        return QStringLiteral("resume");
    case ExistsAction::Rename:
        return QStringLiteral("rename");
    case ExistsAction::Skip:
        return QStringLiteral("skip");
    }
    return QStringLiteral("unknown");
}

bool fromString(const QString &text, ExistsAction *action)
{
    static constexpr ExistsAction kAll[] = {
        ExistsAction::Ask,
        ExistsAction::Overwrite,
        ExistsAction::OverwriteIfNewer,
        ExistsAction::OverwriteIfSizeDiffers,
        ExistsAction::Resume,
        ExistsAction::Rename,
        ExistsAction::Skip,
    };
    const QString wanted = text.trimmed();
    for (const ExistsAction candidate : kAll) {
        if (wanted.compare(toString(candidate), Qt::CaseInsensitive) == 0) {
            if (action)
                *action = candidate;
            return true;
        }
    }
    return false;
}

} // namespace ferry::transfer
