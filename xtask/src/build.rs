//! Builds the app into `dist/` and prepares it for serving.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::{root, run, step, tools, Result};

/// The HTML entry points, one per bundle: the portal's, the sign-in page's own light one,
/// the reset page an email links to and the first-password page (each as light), and the
/// staff console's.
const PAGES: [&str; 5] = [
    "index.html",
    "login.html",
    "reset.html",
    "choose.html",
    "staff.html",
];

/// What the app's build reads: when none of it changed since `dist/` was built, the build
/// is skipped, so `cargo xtask serve` starts in seconds.
const INPUTS: [&str; 17] = [
    "src",
    "style",
    "public",
    "crates/api",
    "crates/login-text",
    "crates/pow",
    "crates/preview",
    "index.html",
    "login.html",
    "reset.html",
    "choose.html",
    "staff.html",
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    "xtask/src/build.rs",
    // terser's version (it minifies the glue).
    "end2end/package-lock.json",
];
/// Beside the build output, not in `dist/`, which the server serves as it is.
const STAMP: &str = "target/dist-build-inputs";

pub fn app() -> Result {
    let dist = root().join("dist");
    let stamp = root().join(STAMP);
    let inputs = fingerprint(&root())?;
    if dist.join("index.html").exists()
        && fs::read_to_string(&stamp).ok().as_deref() == Some(inputs.as_str())
    {
        step("The app is unchanged since dist/ was built: using it as it is");
        return Ok(());
    }
    // A build that stops half way must not leave a stamp that vouches for it.
    let _ = fs::remove_file(&stamp);
    keep_html_parsers_out()?;
    step("Building the portal bundle with Trunk (release, offline)");
    trunk(&["build", "--release=true", "index.html"])?;
    for page in &PAGES[1..] {
        step(&format!(
            "Building the {page} bundle with Trunk (release, offline)"
        ));
        // Trunk replaces its whole dist folder, so this one builds beside it and moves in.
        let staging = root().join("target").join(format!("trunk-{page}"));
        trunk(&[
            "build",
            "--release=true",
            page,
            "--html-output",
            page,
            "--dist",
            &staging.to_string_lossy(),
        ])?;
        for entry in
            fs::read_dir(&staging).map_err(|e| format!("cannot read {}: {e}", staging.display()))?
        {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_file() {
                let to = dist.join(path.file_name().unwrap_or_default());
                fs::copy(&path, &to).map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
            }
        }
    }
    for page in PAGES {
        start_from_the_glue(&dist, page)?;
    }
    precompress(&dist)?;
    fs::write(&stamp, inputs).map_err(|e| format!("cannot write the build stamp: {e}"))
}

/// A digest of every input file's path and contents, plus the toolchain's version (a new
/// compiler builds different wasm). Reading a few hundred small files takes milliseconds.
fn fingerprint(root: &Path) -> Result<String> {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut files = Vec::new();
    for input in INPUTS {
        collect_files(&root.join(input), &mut files)?;
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| o.stdout)
        .unwrap_or_default();
    rustc.hash(&mut hasher);
    for file in &files {
        file.strip_prefix(root).unwrap_or(file).hash(&mut hasher);
        fs::read(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?
            .hash(&mut hasher);
    }
    Ok(format!("{} files, {:016x}\n", files.len(), hasher.finish()))
}

fn collect_files(path: &Path, into: &mut Vec<std::path::PathBuf>) -> Result {
    if path.is_file() {
        into.push(path.to_path_buf());
    } else if path.is_dir() {
        for entry in
            fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
        {
            let path = entry.map_err(|e| e.to_string())?.path();
            // Build output inside a crate (never expected, but cheap to skip).
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            collect_files(&path, into)?;
        }
    }
    Ok(())
}

fn trunk(args: &[&str]) -> Result {
    run(Command::new(tools::cargo_bin_path("trunk"))
        .args(args)
        .env("PATH", tools::tool_path())
        .env("TRUNK_SKIP_VERSION_CHECK", "true"))
}

/// The sign-in page's bundle must never carry an HTML sanitiser or parser (about 210 KB
/// brotli): login text is rendered on the server. Fails the build if one sneaks in.
fn keep_html_parsers_out() -> Result {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "tree",
            "--package",
            "portico-app",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .args(["--edges", "normal", "--prefix", "none"])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run cargo tree: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let tree = String::from_utf8_lossy(&out.stdout);
    let found: Vec<&str> = ["ammonia", "html5ever", "portico-login-text"]
        .into_iter()
        .filter(|name| {
            tree.lines()
                .any(|line| line.split(' ').next() == Some(*name))
        })
        .collect();
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the app's wasm would contain {found:?}; render HTML on the server instead"
        ))
    }
}

/// Trunk starts each bundle with an inline `<script type="module">` that imports the
/// wasm-bindgen glue and calls its `init`, plus a `modulepreload` link for the glue. The
/// CSP forbids inline script, and a loader file of its own would cost the light pages a
/// request (about 0.9 KB with its headers), so the call moves to the end of the glue, the
/// glue is minified (it is about a quarter of the light pages' JavaScript and wasm-bindgen
/// writes it readable) and saved under a new content hash, and the page loads it with one
/// `<script src>`; the wasm's own `preload` link stays, so both still download at once.
fn start_from_the_glue(dist: &Path, page: &str) -> Result {
    let html_path = dist.join(page);
    let mut html =
        fs::read_to_string(&html_path).map_err(|e| format!("cannot read dist/{page}: {e}"))?;
    let (start, end, loader) =
        find_inline_script(&html).ok_or_else(|| format!("dist/{page} has no Trunk loader"))?;
    let glue = quoted_after(&loader, "from ")
        .ok_or_else(|| format!("dist/{page}: no glue in the loader: {loader}"))?;
    let wasm = quoted_after(&loader, "module_or_path: ")
        .ok_or_else(|| format!("dist/{page}: no wasm in the loader: {loader}"))?;
    let glue_name = glue.trim_start_matches('/');
    let mut code = fs::read_to_string(dist.join(glue_name))
        .map_err(|e| format!("cannot read dist/{glue_name}: {e}"))?;
    // The name wasm-bindgen gives `init` inside its glue; checked, so a new version that
    // renames it fails the build here instead of leaving a page that never starts.
    if !code.contains("__wbg_init as default") {
        return Err(format!(
            "dist/{glue_name}: wasm-bindgen's glue no longer exports __wbg_init"
        ));
    }
    code.push_str(&format!(
        "\nawait __wbg_init({{ module_or_path: '{wasm}' }});\n"
    ));
    let code = minify_js(&code)?;
    let stem = glue_name
        .rsplit_once('-')
        .map_or(glue_name, |(stem, _)| stem);
    let name = format!("{stem}-{:016x}.js", fnv1a(code.as_bytes()));
    fs::write(dist.join(&name), &code).map_err(|e| format!("cannot write {name}: {e}"))?;
    fs::remove_file(dist.join(glue_name))
        .map_err(|e| format!("cannot remove dist/{glue_name}: {e}"))?;
    html.replace_range(
        start..end,
        &format!("<script type=\"module\" src=\"/{name}\"></script>"),
    );
    let (link_start, link_end) = find_tag(&html, "<link", &["modulepreload", glue])
        .ok_or_else(|| format!("dist/{page}: no modulepreload link for {glue}"))?;
    html.replace_range(link_start..link_end, "");
    // One loader per page is what Trunk writes; another would be blocked by the CSP.
    if find_inline_script(&html).is_some() {
        return Err(format!(
            "dist/{page} has a second inline script the CSP would block"
        ));
    }
    fs::write(&html_path, html).map_err(|e| format!("cannot write dist/{page}: {e}"))
}

/// The text in single or double quotes after the first `before` in `text`.
fn quoted_after<'a>(text: &'a str, before: &str) -> Option<&'a str> {
    let rest = &text[text.find(before)? + before.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

/// The byte range of the first tag opened by `open` (`<link`) that contains every one of
/// `containing`.
fn find_tag(html: &str, open: &str, containing: &[&str]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(offset) = html[from..].find(open) {
        let start = from + offset;
        let end = start + html[start..].find('>')? + 1;
        if containing
            .iter()
            .all(|part| html[start..end].contains(part))
        {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// `code`, an ES module, minified by terser (pinned in end2end/package.json): names
/// mangled and dead code dropped, exports and property names kept.
fn minify_js(code: &str) -> Result<String> {
    let terser = root().join("end2end/node_modules/terser/bin/terser");
    let mut child = Command::new("node")
        .arg(&terser)
        .args(["--module", "--compress", "--mangle"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", terser.display()))?;
    let mut stdin = child.stdin.take().ok_or("terser has no stdin")?;
    let input = code.to_string();
    // Written from a thread of its own: terser's output could fill the pipe first.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("terser failed: {e}"))?;
    writer
        .join()
        .map_err(|_| "writing to terser panicked".to_string())?
        .map_err(|e| format!("cannot write to terser: {e}"))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(format!(
            "terser failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("terser wrote non-UTF-8: {e}"))
}

/// The byte range of the first `<script ...>` without `src`, and its body.
fn find_inline_script(html: &str) -> Option<(usize, usize, String)> {
    let mut from = 0;
    while let Some(offset) = html[from..].find("<script") {
        let start = from + offset;
        let open_end = start + html[start..].find('>')? + 1;
        let close = open_end + html[open_end..].find("</script>")?;
        let end = close + "</script>".len();
        if !html[start..open_end].contains(" src=") {
            return Some((start, end, html[open_end..close].to_string()));
        }
        from = end;
    }
    None
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

/// Writes `.br` and `.gz` beside every text or wasm file, for the server to send as-is.
fn precompress(dist: &Path) -> Result {
    step("Precompressing dist/ (brotli and gzip)");
    for entry in fs::read_dir(dist).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let compressible = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("html" | "js" | "css" | "wasm" | "svg" | "json" | "txt")
        );
        if !compressible {
            continue;
        }
        let data = fs::read(&path).map_err(|e| e.to_string())?;
        let br = brotli_bytes(&data)?;
        fs::write(path.with_extension(format!("{}.br", ext(&path))), br)
            .map_err(|e| e.to_string())?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data).map_err(|e| e.to_string())?;
        fs::write(
            path.with_extension(format!("{}.gz", ext(&path))),
            gz.finish().map_err(|e| e.to_string())?,
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn ext(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_string()
}

pub fn brotli_bytes(data: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_only_inline_scripts() {
        let html =
            r#"<head><script src="/a.js"></script><script type="module">boot()</script></head>"#;
        let (start, end, body) = find_inline_script(html).unwrap();
        assert_eq!(body, "boot()");
        assert_eq!(
            &html[start..end],
            r#"<script type="module">boot()</script>"#
        );
        assert!(find_inline_script(r#"<script src="/a.js"></script>"#).is_none());
    }

    #[test]
    fn the_loaders_glue_and_wasm_are_found_quoted_either_way() {
        let loader = "import init, * as bindings from '/portico-reset-0a.js';\nconst wasm = await init({ module_or_path: \"/portico-reset-0a_bg.wasm\" });";
        assert_eq!(quoted_after(loader, "from "), Some("/portico-reset-0a.js"));
        assert_eq!(
            quoted_after(loader, "module_or_path: "),
            Some("/portico-reset-0a_bg.wasm")
        );
        assert_eq!(quoted_after(loader, "nowhere"), None);
    }

    #[test]
    fn finds_the_tag_with_every_part_asked_for() {
        let html = r#"<link rel=stylesheet href=/a.css><link crossorigin href=/g.js rel=modulepreload><link rel=preload href=/g_bg.wasm>"#;
        let (start, end) = find_tag(html, "<link", &["modulepreload", "/g.js"]).unwrap();
        assert_eq!(
            &html[start..end],
            "<link crossorigin href=/g.js rel=modulepreload>"
        );
        assert!(find_tag(html, "<link", &["modulepreload", "/h.js"]).is_none());
    }
}
