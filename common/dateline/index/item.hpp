/*! One unit of indexing work as it moves from the reader through a parser to the writer. */
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dateline/article/json_pieces.hpp"
#include "dateline/index/source_registry.hpp"
#include "dateline/ingest/source.hpp"
#include "dateline/model.hpp"
#include "dateline/problem.hpp"

namespace dateline::index {

struct Item {
    enum class Kind {
        Source,        ///< bytes to parse (new or changed stamp)
        Unchanged,     ///< already indexed as it is: only counted (and seen, for --prune)
        Problem,       ///< could not be read
        Ignored,       ///< not an article format
        ContainerDone, ///< an archive read to its end: record it so an unchanged one is skipped unread
    };
    /** A large JSON Lines source comes as several Source items, one per piece of its lines,
     *  so that its records parse on every thread; they pass in order, all to one part, or,
     *  in a build from parts, spread over the parts (see `spread`). */
    struct Piece {
        std::size_t index = 0;        ///< 0: the first, which settles the source's previous record
        bool last = false;            ///< the source's record is written after it
        article::PiecePlace place;
    };
    Kind kind = Kind::Source;
    ingest::Source source;                ///< Source; for ContainerDone, the archive's ref and stamp
    std::optional<SourceRecord> previous; ///< the registry record before this run
    std::size_t members = 0;              ///< Unchanged container / ContainerDone: members inside (seen in this run)
    std::vector<Problem> problems;
    std::vector<Article> articles;        ///< filled by the parser
    std::vector<std::vector<Xapian::Document>> documents;  ///< per article, built beside the parser
    std::optional<Piece> piece;           ///< Source: one piece of it (bytes: its decoded text); none: whole
    std::vector<int> lines;               ///< per article: its record's line (pieces: to fix the ids)
    std::vector<std::uint64_t> contents;  ///< per article: content_hash(), for duplicates
    std::vector<bool> copies;             ///< per article: the same story came first on another part
    std::vector<bool> repeats;            ///< spread pieces: the story came earlier in the same source
    /** A piece of a new source whose pieces are spread over the parts of a build, so that
     *  every part's writer stores some: its part writes no record; PartWriters::finish writes
     *  the source's record once every part has committed its pieces. */
    bool spread = false;
    std::uint64_t hash = 0;               ///< of the whole source's bytes, filled by the parser (pieces: the reader)
    std::uint64_t bytes = 0;              ///< size of what was read, for MB/s
    /// The on-disk bytes of the input this item accounts for, for the ETA: a whole file's
    /// size, a piece's share of its file, an archive member the part of the archive read for
    /// it, the archive's ContainerDone what is left.
    std::uint64_t input_share = 0;

    /** A Source against its record before this run, the one place this is decided: new, the
     *  same bytes under a new stamp (nothing to parse; only the stamp is written), or changed. */
    enum class Change { New, SameBytes, Changed };
    Change change() const
    {
        if (!previous)
            return Change::New;
        return previous->hash == hash ? Change::SameBytes : Change::Changed;
    }
};

}  // namespace dateline::index
