using System.Net;
using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Preview;

/// <summary>
/// The preview page and the source view. The page asks /state again and again (each request is
/// answered when a newer build exists), swaps only the page images whose fingerprint changed, jumps
/// to the page just edited, and lists the problems with links to their lines. The texts come from
/// the catalogue in the session's language.
/// </summary>
internal static class PreviewHtml
{
    public static string Page(string issueName, Language language)
    {
        string T(TextId id, params MessageArgument[] args) => WebUtility.HtmlEncode(id.With(args).Render(language));
        var lang = language == Language.Chinese ? "zh-CN" : "en";
        return $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>{{T(PreviewMessages.Title, ("issue", issueName))}}</title>
            <style>
              body { margin: 0; font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; background: #e8e8e8; color: #222; }
              header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ccc; padding: .5em 1em; }
              header h1 { font-size: 1.05em; margin: 0 0 .3em; }
              #status { margin: 0; }
              #status.errors { color: #a00; font-weight: bold; }
              #help { margin: .3em 0 0; font-size: .85em; color: #666; }
              main { display: flex; align-items: flex-start; }
              #pages { flex: 1; padding: 1em; }
              #problems { width: 34em; max-width: 45%; position: sticky; top: 5.5em; max-height: calc(100vh - 6.5em); overflow: auto; padding: 0 1em 1em; font-size: .9em; }
              #problems h2 { font-size: 1em; }
              #problems li { margin-bottom: .8em; list-style: none; }
              #problems ul { padding: 0; }
              .error .what { color: #a00; }
              .warning .what { color: #8a5a00; }
              .hint { color: #444; margin-top: .2em; }
              figure { margin: 0 auto 1.5em; width: fit-content; }
              figure img { display: block; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 100%; height: auto; }
              figure.edited img { outline: 4px solid #2a7ae2; }
              figcaption { text-align: center; font-size: .85em; color: #555; margin-top: .3em; }
              .stale img { opacity: .55; }
            </style>
            </head>
            <body data-version="0">
            <header>
              <h1>{{T(PreviewMessages.Title, ("issue", issueName))}}</h1>
              <p id="status">{{T(PreviewMessages.Waiting)}}</p>
              <p id="help">{{T(PreviewMessages.Help)}}</p>
            </header>
            <main>
              <section id="pages"></section>
              <aside id="problems"><h2>{{T(PreviewMessages.Problems)}}</h2><ul id="list"><li>{{T(PreviewMessages.NoProblems)}}</li></ul></aside>
            </main>
            <script>
            "use strict";
            const noProblems = {{Js(PreviewMessages.NoProblems.With().Render(language))}};
            const stopped = {{Js(PreviewMessages.Stopped.With().Render(language))}};
            let version = 0;
            function el(name, attrs, text) {
              const e = document.createElement(name);
              for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
              if (text !== undefined) e.textContent = text;
              return e;
            }
            function apply(s) {
              const status = document.getElementById("status");
              status.textContent = s.status;
              status.className = s.hasErrors ? "errors" : "";
              const box = document.getElementById("pages");
              box.className = s.stale ? "stale" : "";
              const keep = new Set();
              for (const p of s.pages) {
                const id = "p" + p.index;
                keep.add(id);
                let fig = document.getElementById(id);
                if (!fig) {
                  fig = el("figure", { id: id });
                  fig.appendChild(el("img", { width: Math.round(p.w * 96 / 72), height: Math.round(p.h * 96 / 72), alt: p.label }));
                  fig.appendChild(el("figcaption"));
                  box.appendChild(fig);
                }
                const img = fig.querySelector("img");
                const src = "/page/" + p.index + ".png?f=" + p.f;
                if (img.getAttribute("src") !== src) { img.setAttribute("src", src); img.dataset.f = p.f; }
                img.alt = p.label;
                fig.dataset.document = p.document;
                fig.querySelector("figcaption").textContent = p.label;
                fig.classList.toggle("edited", s.jump === p.index);
              }
              for (const fig of Array.from(box.children)) if (!keep.has(fig.id)) fig.remove();
              const list = document.getElementById("list");
              list.replaceChildren();
              if (s.diagnostics.length === 0) list.appendChild(el("li", {}, noProblems));
              for (const d of s.diagnostics) {
                const li = el("li", { class: d.severity });
                const where = d.file + (d.line > 0 ? ":" + d.line + (d.column > 0 ? ":" + d.column : "") : "");
                if (d.file) {
                  const a = el("a", { href: "/source?file=" + encodeURIComponent(d.file) + "&line=" + d.line + "#L" + d.line, target: "gp-source" }, where);
                  li.appendChild(a);
                  li.appendChild(document.createTextNode(" "));
                }
                li.appendChild(el("span", { class: "what" }, d.label + " " + d.code + d.who + "：" + d.message));
                if (d.hint) li.appendChild(el("div", { class: "hint" }, d.hint));
                list.appendChild(li);
              }
              if (s.jump) {
                const target = document.getElementById("p" + s.jump);
                if (target) target.scrollIntoView({ block: "start" });
              }
              document.body.dataset.version = String(s.version);
            }
            async function poll() {
              for (;;) {
                try {
                  const r = await fetch("/state?since=" + version, { cache: "no-store" });
                  const s = await r.json();
                  if (s.version !== version) { version = s.version; apply(s); }
                } catch (e) {
                  document.getElementById("status").textContent = stopped;
                  document.getElementById("status").className = "errors";
                  await new Promise(r => setTimeout(r, 2000));
                }
              }
            }
            poll();
            </script>
            </body>
            </html>
            """;
    }

    public static string Source(string title, IReadOnlyList<string> lines, int line, Language language)
    {
        var sb = new StringBuilder();
        var lang = language == Language.Chinese ? "zh-CN" : "en";
        var encoded = WebUtility.HtmlEncode(title);
        sb.Append($"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"/><title>{encoded}</title><style>")
          .Append("body{margin:0;font-family:monospace;} h1{font:bold 1em sans-serif;padding:.5em 1em;margin:0;background:#f4f4f4;border-bottom:1px solid #ccc;}")
          .Append("ol{margin:0;padding:.5em 0 .5em 4em;} li{white-space:pre-wrap;} li.here{background:#ffe9a8;} li::marker{color:#888;}")
          .Append("</style></head><body><h1>").Append(encoded).Append("</h1><ol>");
        for (var i = 0; i < lines.Count; i++)
            sb.Append("<li id=\"L").Append(i + 1).Append('"').Append(i + 1 == line ? " class=\"here\"" : "").Append('>')
              .Append(WebUtility.HtmlEncode(lines[i])).Append("</li>");
        sb.Append("</ol></body></html>");
        return sb.ToString();
    }

    /// <summary>A JavaScript string literal.</summary>
    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text, PreviewJson.Default.String);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class PreviewJson : System.Text.Json.Serialization.JsonSerializerContext;
