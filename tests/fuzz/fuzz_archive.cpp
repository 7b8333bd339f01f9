// Fuzz target: bytes as an archive (zip, tar, 7z, any compression) and as a compressed file,
// through libarchive and our member reader, with small limits so that bombs end quickly.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "dateline/ingest/reader.hpp"

namespace {

using namespace dateline;

class Sink : public ingest::SourceSink {
public:
    bool wanted(const SourceRef&, const ingest::Stamp&) override { return true; }
    void source(ingest::Source&& source) override { bytes_ += source.bytes.size(); }
    void problem(Problem&&) override {}

private:
    std::size_t bytes_ = 0;
};

// read_container() reads a file by name: the input goes to one scratch file per process.
struct Scratch {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("dateline-fuzz-archive-" + std::to_string(getpid()));
    ~Scratch() { std::filesystem::remove(path); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Scratch scratch;
    {
        std::ofstream out(scratch.path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const ingest::ReadLimits limits{1ull << 20, 100, 4ull << 20};
    const ingest::FoundFile file{scratch.path, true};
    Sink sink;
    ingest::read_container(file, ingest::Container::Archive, limits, sink);
    ingest::read_container(file, ingest::Container::Compressed, limits, sink);
    return 0;
}
