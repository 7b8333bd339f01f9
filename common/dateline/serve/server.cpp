#include "dateline/serve/server.hpp"

#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <iostream>
#include <thread>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "dateline/text/safe_text.hpp"
#include "dateline/serve/service.hpp"

namespace dateline::serve {

namespace {

using Clock = std::chrono::steady_clock;

// Each request is handled start to end on one worker thread: its start time can live there.
thread_local Clock::time_point request_start;

QueryParams params_of(const httplib::Request& req)
{
    return {req.params.begin(), req.params.end()};
}

void reply(httplib::Response& res, const Response& r)
{
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
}

void add_routes(httplib::Server& server, Service& service)
{
    server.Get("/", [&](const httplib::Request& req, httplib::Response& res) { reply(res, service.page(params_of(req))); });
    server.Get(R"(/section/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.section_page(req.matches[1], params_of(req)));
    });
    server.Get("/api/search", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.api_search(params_of(req)));
    });
    server.Get("/api/timeline", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.api_timeline(params_of(req)));
    });
    server.Get("/api/stats", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.api_stats(params_of(req)));
    });
    server.Get(R"(/api/show/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.api_show(req.matches[1], params_of(req)));
    });
    server.Get(R"(/api/values/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
        reply(res, service.api_values(req.matches[1], params_of(req)));
    });
}

void add_logging(httplib::Server& server)
{
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_start = Clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        const std::chrono::duration<double, std::milli> took = Clock::now() - request_start;
        // The target is the client's text: no control character reaches the log.
        spdlog::info("{} {} {} {} {:.1f} ms", req.remote_addr, req.method, text::safe_text(req.target), res.status,
                     took.count());
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            spdlog::error("{}", e.what());
        } catch (...) {
            spdlog::error("unknown exception");
        }
        res.status = 500;
        res.set_content("internal error\n", "text/plain");
    });
}

int bind(httplib::Server& server, const ListenAddress& at)
{
    const int port = at.port == 0 ? server.bind_to_any_port(at.host) : (server.bind_to_port(at.host, at.port) ? at.port : -1);
    if (port <= 0)
        throw Error(Error::Code::Usage,
                    "cannot listen on " + address_url(at) + ": " + (errno ? std::strerror(errno) : "unknown reason"),
                    "is the port in use? choose another with --listen HOST:PORT (port 0: any free one)");
    return port;
}

// SIGINT and SIGTERM are blocked in every thread and taken here, where stopping the server is
// safe (not in a signal handler).
std::thread stop_on_signal(httplib::Server& server, const std::atomic<bool>& finished)
{
    return std::thread([&server, &finished] {
        sigset_t signals;
        sigemptyset(&signals);
        sigaddset(&signals, SIGINT);
        sigaddset(&signals, SIGTERM);
        int signal = 0;
        sigwait(&signals, &signal);
        if (finished)
            return;  // woken by serve() itself after the server ended
        spdlog::info("stopping on signal {}: finishing the requests under way", signal);
        // A signal can come before the server runs: wait for it to run, then stop it once.
        while (!finished) {
            if (server.is_running()) {
                server.stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

}  // namespace

int serve(const ServeOptions& options, CommandParsers parsers)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts: they inherit it
    std::signal(SIGPIPE, SIG_IGN);  // a client that goes away is a failed write, not our end

    HandlePool pool(options.index, options.workers);
    Service service(pool, std::move(parsers));
    httplib::Server server;
    const auto workers = std::max<std::size_t>(options.workers, 1);
    server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
    // Headers and body go out as separate writes: without this, Nagle's algorithm holds the
    // body back until the client's delayed ACK, some 40 ms per request.
    server.set_tcp_nodelay(true);
    add_routes(server, service);
    add_logging(server);

    auto at = options.listen;
    at.port = bind(server, at);
    std::cout << "Serving " << address_url(at) << " (index " << options.index.paths.front().string()
              << "; Ctrl-C stops)" << std::endl;

    std::atomic<bool> finished = false;
    auto stopper = stop_on_signal(server, finished);
    const bool ok = server.listen_after_bind();
    finished = true;
    pthread_kill(stopper.native_handle(), SIGTERM);  // blocked there, so it ends its sigwait
    stopper.join();
    spdlog::info("stopped");
    return ok ? to_int(ExitCode::Ok) : to_int(ExitCode::Usage);
}

}  // namespace dateline::serve
