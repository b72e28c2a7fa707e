// SPDX-License-Identifier: Apache-2.0
#include "core/common/Inflate.h"

#include <zlib.h>

namespace shirube::core {

std::optional<QByteArray> inflateCapped(const QByteArray& compressed, qint64 cap)
{
    if (compressed.size() < 4)
        return std::nullopt;
    const auto* p = reinterpret_cast<const uchar*>(compressed.constData());
    const quint32 claimed =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (qint64(claimed) > cap)
        return std::nullopt;

    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = const_cast<Bytef*>(p + 4);
    stream.avail_in = uInt(compressed.size() - 4);

    QByteArray out;
    // The claimed size is only a hint for the first allocation, bounded by what the input could hold
    // at zlib's best ratio (about 1032:1).
    out.reserve(qsizetype(qMin<qint64>(claimed, qint64(compressed.size()) * 1032)));
    constexpr qint64 kChunk = 64 << 10;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qint64 room = qMin<qint64>(kChunk, cap + 1 - out.size());
        if (room <= 0) {
            rc = Z_BUF_ERROR; // more than cap
            break;
        }
        const qsizetype old = out.size();
        out.resize(old + qsizetype(room));
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + old);
        stream.avail_out = uInt(room);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(old + qsizetype(room - stream.avail_out));
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK || (stream.avail_in == 0 && stream.avail_out != 0)) {
            rc = Z_DATA_ERROR; // damaged, or truncated (input used up before the end of the stream)
            break;
        }
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END || out.size() > cap)
        return std::nullopt;
    return out;
}

} // namespace shirube::core
