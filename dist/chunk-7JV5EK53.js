// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  gitBlobId
} from "./chunk-MCLW4ZTN.js";
import {
  UsageError
} from "./chunk-DKNCGNOC.js";
import {
  MARKER_PREFIX,
  compareStrings,
  diagnostic,
  formatDiagnostic,
  hasErrors,
  isObject,
  sortDiagnostics
} from "./chunk-A54NI5B7.js";

// src/redact.ts
var REDACTED = "***";
var MIN_BASE64_CORE = 8;
function urlCredentials(text) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]+)@/i.exec(text);
  if (!m?.[1]) return null;
  const [user = "", password] = m[1].split(/:(.*)/s);
  return { user: safeDecode(user), password: password === void 0 ? null : safeDecode(password) };
}
function collectSecrets(tokens, args) {
  const out = /* @__PURE__ */ new Set();
  for (const t of tokens) {
    if (t === void 0 || t === "") continue;
    out.add(t);
    out.add(`x-access-token:${t}`);
  }
  for (const arg of args) {
    const c = urlCredentials(arg.replace(/^--[\w-]+=/, ""));
    if (c?.password !== null && c?.password !== void 0 && c.password !== "") out.add(c.password);
  }
  return [...out];
}
var URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/;
function secretUserinfo(scheme, userinfo) {
  if (/^https?:/i.test(scheme)) return "all";
  return userinfo.includes(":") ? "password" : "none";
}
function redactSource(source) {
  const m = new RegExp(`^${URL_USERINFO.source}`, "i").exec(source);
  if (!m) return source;
  const [whole, scheme = "", userinfo = ""] = m;
  const rest = source.slice(whole.length);
  switch (secretUserinfo(scheme, userinfo)) {
    case "all":
      return `${scheme}${rest}`;
    case "password":
      return `${scheme}${userinfo.split(":")[0] ?? ""}@${rest}`;
    case "none":
      return source;
  }
}
function redact(text, secrets) {
  let out = text.replace(
    new RegExp(`\\b${URL_USERINFO.source}`, "gi"),
    (whole, scheme, userinfo) => secretUserinfo(scheme, userinfo) === "none" ? whole : `${scheme}${REDACTED}@`
  );
  const forms = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s === "") continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
    for (const core of base64Cores(s)) forms.add(core);
  }
  for (const f of [...forms].sort((a, b) => b.length - a.length)) out = out.split(f).join(REDACTED);
  return out;
}
function base64Cores(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const cores = [];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    let first = 0;
    while (Math.floor(6 * first / 8) < k) first++;
    let end = first;
    while (Math.floor((6 * end + 5) / 8) <= k + bytes.length - 1 && end < encoded.length) end++;
    const core = encoded.slice(first, end);
    if (core.length >= MIN_BASE64_CORE || k === 0 && core.length > 0 && bytes.length % 3 === 0) {
      cores.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  if (bytes.length > 0) cores.push(bytes.toString("base64"));
  return cores;
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/model/kuma.ts
var KNOWN_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "tls", "http", "http2", "grpc", "kafka", "mysql"]);
function identityKey(id) {
  return `${id.mesh}/${id.namespace}/${id.name}`;
}
function serviceKey(s) {
  return `${s.zone}/${identityKey(s)}`;
}

// src/plan/fields.ts
var KEPT = [/^status\.vips\[\d+\]\.ip$/, /^status\.addresses\[\d+\]\.hostname$/];
function diffFields(before, after) {
  const out = [];
  walk(before, after, "", out);
  return out;
}
function walk(before, after, path, out) {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= after.length) out.push({ path: p, change: "removed", before: before[i] });
      else if (i >= before.length) out.push({ path: p, change: "added", after: after[i] });
      else walk(before[i], after[i], p, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !Object.hasOwn(after, k))];
    for (const k of keys) {
      const p = join(path, k);
      const b = Object.hasOwn(before, k) ? before[k] : isObject(after[k]) ? {} : void 0;
      const a = Object.hasOwn(after, k) ? after[k] : isObject(before[k]) ? {} : void 0;
      if (b === void 0) out.push({ path: p, change: "added", after: a });
      else if (a === void 0) out.push({ path: p, change: "removed", before: b });
      else walk(b, a, p, out);
    }
    return;
  }
  if (sameValue(before, after)) {
    if (KEPT.some((re) => re.test(path))) out.push({ path, change: "kept", before, after });
    return;
  }
  out.push({ path, change: "changed", before, after });
}
function join(path, key) {
  const segment = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === "") return segment;
  return segment.startsWith("[") ? `${path}${segment}` : `${path}.${segment}`;
}
function sameValue(a, b) {
  if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b))
    return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b) || a === b;
}
var VALUE_WIDTH = 60;
function formatFieldChange(f) {
  switch (f.change) {
    case "kept":
      return `${f.path}: kept (${formatValue(f.after)})`;
    case "added":
      return `${f.path}: (none) → ${formatValue(f.after)}`;
    case "removed":
      return `${f.path}: ${formatValue(f.before)} → (none)`;
    case "changed":
      return `${f.path}: ${formatValue(f.before)} → ${formatValue(f.after)}`;
  }
}
function formatValue(v) {
  const text = typeof v === "string" && /^[^\s"'`\\\p{Cc}]+$/u.test(v) ? v : JSON.stringify(v) ?? String(v);
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}

// src/plan/plan.ts
function buildZonePlan(zone, desired, committed) {
  const diagnostics = [];
  const changes = [];
  const byPath = new Map(committed.map((c) => [c.path, c]));
  const desiredPaths = /* @__PURE__ */ new Set();
  for (const d of desired) {
    desiredPaths.add(d.path);
    const c = byPath.get(d.path);
    const id = { zone, mesh: d.mesh, namespace: d.namespace, name: d.name };
    if (!c) {
      changes.push({ ...id, action: "create", path: d.path, before: null, after: d.content.text, handEdited: false });
    } else if (c.marker === "none") {
      diagnostics.push(
        diagnostic(
          "error",
          "output-not-generated",
          `cannot write MeshService "${d.name}": ${d.path} exists and was not generated by meshservice-reconciler (no marker line)`,
          { file: d.path, line: 1, column: 1 }
        )
      );
    } else {
      const same = d.sameAsCommitted === true || (c.blobId !== null ? c.blobId === gitBlobId(d.content.text) : c.source.text === d.content.text);
      const handEdited = c.marker === "edited";
      if (same) changes.push(unchanged(id, d.path, d.content, handEdited));
      else
        changes.push({
          ...id,
          action: "update",
          path: d.path,
          before: c.source.text,
          after: d.content.text,
          handEdited,
          fields: d.resource !== void 0 && c.value !== void 0 ? diffFields(c.value, d.resource) : []
        });
    }
  }
  for (const c of committed) {
    if (desiredPaths.has(c.path) || c.marker === "none") continue;
    changes.push({
      zone,
      mesh: c.id?.mesh ?? "",
      namespace: c.id?.namespace ?? "",
      name: c.id?.name ?? "",
      action: "delete",
      path: c.path,
      before: c.source.text,
      after: null,
      handEdited: c.marker === "edited"
    });
  }
  changes.sort((a, b) => compareStrings(a.path, b.path));
  return { changes, diagnostics };
}
function unchanged(id, path, content, handEdited) {
  return {
    ...id,
    action: "unchanged",
    path,
    handEdited,
    get before() {
      return content.text;
    },
    get after() {
      return content.text;
    }
  };
}
function summarize(changes) {
  const s = { create: 0, update: 0, delete: 0, unchanged: 0 };
  for (const c of changes) s[c.action]++;
  return s;
}
function hasDrift(changes) {
  return changes.some((c) => c.action !== "unchanged");
}

// src/report/report.ts
function stoppedOutcome(command, repo, diagnostics) {
  return { command, repo, zones: [], changes: [], diagnostics, applied: false, pullRequestUrl: null };
}
function resultOf(outcome) {
  if (hasErrors(outcome.diagnostics)) return "error";
  if (!hasDrift(outcome.changes)) return "in-sync";
  return outcome.applied ? "applied" : "drift";
}
function changeDiff(c) {
  const hideMarker = c.action === "update" && !c.handEdited && c.before?.startsWith(MARKER_PREFIX) === true && c.after?.startsWith(MARKER_PREFIX) === true;
  const body = (text) => {
    if (text === null) return "";
    return hideMarker ? text.slice(text.indexOf("\n") + 1) : text;
  };
  const patch = createTwoFilesPatch(
    c.before === null ? "/dev/null" : `a/${c.path}`,
    c.after === null ? "/dev/null" : `b/${c.path}`,
    body(c.before),
    body(c.after),
    void 0,
    void 0,
    { context: 3 }
  );
  const diff = patch.replace(/^=+\n/, "");
  return hideMarker ? shiftHunks(diff, 1) : diff;
}
function shiftHunks(diff, by) {
  return diff.replace(
    /^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@/gm,
    (_m, a, b, c, d) => `@@ -${Number(a) + by}${b} +${Number(c) + by}${d} @@`
  );
}
function changedCount(report) {
  return report.changes.length;
}
function handEditedChanges(report) {
  return report.changes.filter((c) => c.handEdited);
}
function nextStep(result, tool, workflow, context) {
  switch (result) {
    case "error":
      return `fix the errors above, then run ${tool.name} plan again.`;
    case "drift":
      if (context === "pull-request")
        return workflow === null ? "merge this pull request to apply these changes." : `merge this pull request to apply these changes; the workflow ${workflow} updates it when the sources change again.`;
      return workflow === null ? `run ${tool.name} apply --commit and push, or the Action with command: apply.` : `run ${tool.name} apply --commit and push, or let the workflow ${workflow} (it runs apply) do it.`;
    case "in-sync":
    case "applied":
      return null;
  }
}
function buildReport(outcome, tool, exitCode, context = "run") {
  const changes = [];
  const referencedBy = new Map(outcome.zones.flatMap((z) => [...z.referencedBy]));
  const provenance = new Map(outcome.zones.flatMap((z) => [...z.provenance]));
  for (const c of outcome.changes) {
    if (c.action === "unchanged") continue;
    changes.push({
      action: c.action,
      path: c.path,
      zone: c.zone,
      mesh: c.mesh,
      namespace: c.namespace,
      name: c.name,
      handEdited: c.handEdited,
      policies: referencedBy.get(serviceKey(c)) ?? [],
      sources: c.action === "delete" ? [] : provenance.get(serviceKey(c)) ?? [],
      fields: c.fields ?? [],
      diff: changeDiff(c)
    });
  }
  const pathByKey = new Map(outcome.changes.map((c) => [serviceKey(c), c.path]));
  const meshServices = outcome.zones.flatMap(
    (z) => z.services.map((s) => ({
      zone: s.zone,
      mesh: s.mesh,
      namespace: s.namespace,
      name: s.name,
      path: pathByKey.get(serviceKey(s)) ?? "",
      vips: (s.status.vips ?? []).map((v) => v.ip),
      hostnames: (s.status.addresses ?? []).map((a) => a.hostname),
      sources: provenance.get(serviceKey(s)) ?? []
    }))
  ).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return {
    schemaVersion: 1,
    tool,
    command: outcome.command,
    result: resultOf(outcome),
    exitCode,
    repo: { ...outcome.repo, source: redactSource(outcome.repo.source) },
    summary: summarize(outcome.changes),
    zones: outcome.zones.map((z) => ({
      name: z.zone.name,
      environment: z.zone.environment,
      output: z.zone.output,
      summary: summarize(z.changes)
    })),
    changes,
    meshServices,
    diagnostics: sortDiagnostics(outcome.diagnostics),
    pullRequestUrl: outcome.pullRequestUrl,
    pullRequest: outcome.pullRequest ?? null,
    commit: outcome.commit ?? null,
    // A pull request that already proposes the changes is the next step itself (the verdict says so).
    nextStep: outcome.pullRequest?.operation === "unchanged" ? null : nextStep(resultOf(outcome), tool, outcome.reconcileWorkflow ?? null, context)
  };
}
var INBOUNDS_NAMED = 3;
function describeSources(sources, where = (l) => l) {
  const at = (p) => p.file === "" ? "built in" : where(`${p.file}:${p.line}`);
  const origins = [];
  const inbounds = sources.filter((p) => p.role === "inbound");
  for (const p of sources) {
    if (p.role === "source") origins.push(`${p.kind} ${p.name} (${at(p)})`);
    if (p.role !== "inbound") continue;
    const i = inbounds.indexOf(p);
    if (i < INBOUNDS_NAMED) origins.push(`${p.kind} ${p.name} ${p.detail} (${at(p)})`);
    else if (i === INBOUNDS_NAMED) origins.push(`${inbounds.length - INBOUNDS_NAMED} more Dataplane inbound(s)`);
  }
  const generators = [
    ...new Set(sources.filter((p) => p.role === "hostname-generator").map((p) => `${p.kind} ${p.name} (${at(p)})`))
  ];
  if (generators.length > 0) origins.push(`hostnames from ${generators.join(", ")}`);
  return origins.join("; ");
}

// src/model/words.ts
function counted(n, noun, plural = `${noun}s`, grouped = false) {
  return `${grouped ? n.toLocaleString("en-US") : String(n)} ${n === 1 ? noun : plural}`;
}
function nearest(word, candidates, max = 3) {
  const limit = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
  const scored = [];
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const d = editDistance(word, c, limit);
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  return scored.filter((s) => s.d === scored[0]?.d).slice(0, max).map((s) => s.c);
}
function didYouMean(word, candidates, quote = (s) => `"${s}"`) {
  const near = nearest(word, candidates);
  if (near.length === 0) return "";
  const listed = near.map(quote);
  const last = listed.pop() ?? "";
  return ` Did you mean ${listed.length > 0 ? `${listed.join(", ")} or ${last}` : last}?`;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

// src/report/text.ts
var ANSI = {
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m",
  bold: "\x1B[1m",
  reset: "\x1B[0m"
};
var SYMBOL = {
  create: { mark: "+", colour: ANSI.green },
  update: { mark: "~", colour: ANSI.yellow },
  delete: { mark: "-", colour: ANSI.red }
};
var RUN_NOTES = /* @__PURE__ */ new Set([
  "push-retried",
  "pull-request-unchanged",
  "pull-request-closed",
  "deletion-refused"
]);
var SEVERITY_COLOUR = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };
function counts(s) {
  return `${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.unchanged} unchanged`;
}
function colourDiff(diff) {
  return diff.split("\n").map((line) => {
    if (line.startsWith("+++") || line.startsWith("---")) return `${ANSI.bold}${line}${ANSI.reset}`;
    if (line.startsWith("@@")) return `${ANSI.cyan}${line}${ANSI.reset}`;
    if (line.startsWith("+")) return `${ANSI.green}${line}${ANSI.reset}`;
    if (line.startsWith("-")) return `${ANSI.red}${line}${ANSI.reset}`;
    return line;
  }).join("\n");
}
function verdict(report) {
  const s = report.summary;
  const n = s.create + s.update + s.delete;
  const pull = report.pullRequest;
  if (pull?.operation === "unchanged" && report.result !== "error")
    return `Unchanged: pull request #${pull.number ?? 0} already proposes these ${counted(n, "change")}; nothing was pushed.`;
  switch (report.result) {
    case "error": {
      const errors = report.diagnostics.filter((d) => d.severity === "error").length;
      return `Error: ${counted(errors, "error")} found; nothing was written.`;
    }
    case "in-sync":
      return `In sync: ${counted(s.unchanged, "MeshService file")} ${s.unchanged === 1 ? "matches" : "match"} the sources.`;
    case "applied":
      return `Applied: ${counts(s)}.`;
    case "drift":
      return `Drift: ${counted(n, "file")} to change (${counts(s)}).`;
  }
}
function renderText(report, opts) {
  const paint = (colour, text) => opts.color ? `${colour}${text}${ANSI.reset}` : text;
  const out = [];
  for (const z of report.zones) out.push(`zone ${z.name} (${z.environment}, ${z.output}): ${counts(z.summary)}`);
  if (opts.summary === true) {
    out.push("", paint(ANSI.bold, verdict(report)));
    return `${out.join("\n")}
`;
  }
  const changes = report.result === "error" ? [] : report.changes;
  for (const c of changes) {
    out.push("");
    const overwrite = report.result === "applied" ? "overwritten" : "apply overwrites it";
    const note = c.handEdited ? ` (edited by hand since it was generated; ${overwrite})` : "";
    const symbol = SYMBOL[c.action];
    out.push(`${paint(symbol.colour, `${symbol.mark} ${c.action}`)} ${c.path}${note}`);
    out.push(`  because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources)}`);
    for (const p of c.policies) out.push(`  referenced by ${p.kind} "${p.name}" (${p.file}:${p.line})`);
    for (const f of c.fields) out.push(`  ${formatFieldChange(f)}`);
    out.push((opts.color ? colourDiff(c.diff) : c.diff).replace(/\n$/, ""));
  }
  const folded = (d) => opts.verbose !== true && d.severity === "info" && !RUN_NOTES.has(d.code);
  const infos = report.diagnostics.filter(folded).length;
  const listed = report.diagnostics.filter((d) => !folded(d));
  if (listed.length > 0 || infos > 0) out.push("");
  for (const d of listed) {
    const line = formatDiagnostic(d);
    const at = line.indexOf(`${d.severity}: `);
    out.push(
      opts.color ? `${line.slice(0, at)}${paint(SEVERITY_COLOUR[d.severity], d.severity)}${line.slice(at + d.severity.length)}` : line
    );
  }
  if (infos > 0)
    out.push(`${counted(infos, "info diagnostic")} not shown; --verbose lists ${infos === 1 ? "it" : "them"}.`);
  const edited = handEditedChanges(report);
  if (edited.length > 0) {
    out.push("");
    out.push(
      `Edited by hand: ${counted(edited.length, "generated file")} ${edited.length === 1 ? "no longer matches the hash in its" : "no longer match the hash in their"} marker line; ${report.result === "applied" ? "apply overwrote" : "apply overwrites"} ${edited.length === 1 ? "it" : "them"}:`
    );
    for (const c of edited) out.push(`  ${c.path}`);
  }
  out.push("");
  out.push(paint(ANSI.bold, verdict(report)));
  const done = persisted(report);
  if (done !== null) out.push(done);
  if (report.nextStep !== null) out.push(`Next: ${report.nextStep}`);
  return `${out.join("\n")}
`;
}
function persisted(report) {
  const parts = [];
  const c = report.commit;
  if (c !== null)
    parts.push(
      c.pushed ? `Pushed ${c.sha} to ${c.branch ?? "HEAD"}.` : `Committed ${c.sha}${c.branch === null ? "" : ` on ${c.branch}`}.`
    );
  const p = report.pullRequest;
  if (p !== null && p.number !== null && p.operation !== "unchanged" && p.operation !== "none")
    parts.push(`Pull request #${p.number} ${p.operation}${p.url === null ? "" : `: ${p.url}`}.`);
  return parts.length === 0 ? null : parts.join(" ");
}

// src/report/markdown.ts
var MARKDOWN_LIMIT = 65536;
var HAND_EDITED_NAMED = 10;
function renderMarkdown(report, opts = {}) {
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const measure = opts.measure ?? ((t) => t.length);
  const jsonReport = opts.jsonReport ?? null;
  const head = renderHead(report);
  const diagnostics = report.diagnostics.map((d) => `- ${inlineCode(formatDiagnostic(d))}
`);
  const changes = report.result === "error" ? [] : report.changes;
  const full = changes.map(renderChangeDetails);
  const brief = changes.map((c) => `- ${c.action} ${inlineCode(c.path)}${c.handEdited ? " (edited by hand)" : ""}
`);
  const next = nextLine(report);
  const all = assemble(next, head, diagnostics, full, [], null);
  if (measure(all) < limit) return all;
  const worstNote = truncationNote(
    { diffs: changes.length, files: changes.length, diagnostics: report.diagnostics.length },
    changes.length,
    report.diagnostics.length,
    jsonReport
  );
  let budget = limit - 1 - measure(head) - measure(worstNote) - (next === null ? 0 : measure(`
**Next:** ${next}
`));
  const take = (pieces, extra) => {
    if (pieces.length === 0) return 0;
    let cost = measure(extra);
    let n = 0;
    for (const p of pieces) {
      const c = measure(p);
      if (cost + c > budget) break;
      cost += c;
      n++;
    }
    if (n > 0) budget -= cost;
    return n;
  };
  const nDiagnostics = take(diagnostics, DIAGNOSTICS_HEADER);
  const nListed = take(brief, CHANGES_HEADER + BRIEF_HEADER);
  let nFull = 0;
  while (nFull < nListed) {
    const delta = measure(full[nFull] ?? "") - measure(brief[nFull] ?? "") - (nFull + 1 === nListed ? measure(BRIEF_HEADER) : 0);
    if (delta > budget) break;
    budget -= delta;
    nFull++;
  }
  const note = truncationNote(
    {
      diffs: changes.length - nFull,
      files: changes.length - nListed,
      diagnostics: report.diagnostics.length - nDiagnostics
    },
    changes.length,
    report.diagnostics.length,
    jsonReport
  );
  return assemble(
    next,
    head,
    diagnostics.slice(0, nDiagnostics),
    full.slice(0, nFull),
    brief.slice(nFull, nListed),
    note
  );
}
var DIAGNOSTICS_HEADER = "\n#### Diagnostics\n\n";
var CHANGES_HEADER = "\n#### Changes\n";
var BRIEF_HEADER = "\nDiffs left out (see the note below):\n\n";
function assemble(next, head, diagnostics, full, brief, note) {
  let out = head;
  if (diagnostics.length > 0) out += DIAGNOSTICS_HEADER + diagnostics.join("");
  if (full.length + brief.length > 0) out += CHANGES_HEADER + full.join("");
  if (brief.length > 0) out += BRIEF_HEADER + brief.join("");
  if (note !== null) out += note;
  if (next !== null) out += `
**Next:** ${next}
`;
  return out;
}
function nextLine(report) {
  if (report.nextStep === null) return null;
  return report.nextStep.replace(/(meshservice-reconciler (?:plan|apply(?: --commit)?))/g, "`$1`").replace(/(command: apply)/, "`$1`").replace(/(\.github\/workflows\/\S+?)( |;|$)/, "`$1`$2");
}
function renderHead(report) {
  const out = [`### meshservice-reconciler \`${report.command}\``, "", `**${verdict(report)}**`, ""];
  const edited = handEditedChanges(report);
  if (edited.length > 0) {
    const named = edited.slice(0, HAND_EDITED_NAMED).map((c) => inlineCode(c.path));
    const more = edited.length > HAND_EDITED_NAMED ? ` and ${count(edited.length - HAND_EDITED_NAMED)} more` : "";
    out.push(
      `> **Edited by hand:** ${counted(edited.length, "generated file", "generated files", true)} ${edited.length === 1 ? "no longer matches the hash in its" : "no longer match the hash in their"} marker line; ${report.result === "applied" ? "`apply` overwrote" : "`apply` overwrites"} ${edited.length === 1 ? "it" : "them"}: ${named.join(", ")}${more}.`,
      ""
    );
  }
  out.push(
    "| zone | environment | create | update | delete | unchanged |",
    "| --- | --- | ---: | ---: | ---: | ---: |"
  );
  for (const z of report.zones) {
    const s = z.summary;
    out.push(`| ${tableCell(z.name)} | ${z.environment} | ${s.create} | ${s.update} | ${s.delete} | ${s.unchanged} |`);
  }
  if (report.pullRequestUrl !== null) out.push("", `Pull request: ${report.pullRequestUrl}`);
  return `${out.join("\n")}
`;
}
function renderChangeDetails(c) {
  const note = c.handEdited ? " (edited by hand)" : "";
  const fence = fenceFor(c.diff);
  return [
    "",
    `<details><summary>${c.action} <code>${escapeHtml(c.path)}</code>${note}</summary>`,
    "",
    `Because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources, inlineCode)}.`,
    "",
    ...c.policies.length > 0 ? [
      `Referenced by ${c.policies.map((p) => `${p.kind} ${inlineCode(p.name)} (${inlineCode(`${p.file}:${p.line}`)})`).join(", ")}.`,
      ""
    ] : [],
    ...c.fields.length > 0 ? [...c.fields.map((f) => `- ${inlineCode(formatFieldChange(f))}`), ""] : [],
    `${fence}diff`,
    c.diff.replace(/\n$/, ""),
    fence,
    "",
    "</details>",
    ""
  ].join("\n");
}
function truncationNote(left, changes, diagnostics, jsonReport) {
  const parts = [];
  if (left.diffs > 0) parts.push(`the diffs of ${count(left.diffs)} of ${count(changes)} changed files`);
  if (left.files > 0) parts.push(`the names of ${count(left.files)} of them`);
  if (left.diagnostics > 0) parts.push(`${count(left.diagnostics)} of ${count(diagnostics)} diagnostics`);
  const where = jsonReport === null ? "run with `--report-json <file>` (or `--format json`) for the full report." : `the full report is the JSON report ${inlineCode(jsonReport)}.`;
  return `
> **Truncated** to stay within GitHub's size limit: ${parts.join(", ")} left out; ${where}
`;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function inlineCode(text) {
  return `\`${text.replaceAll("`", "'").replace(/[\r\n]+/g, " ")}\``;
}
function fenceFor(content) {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function tableCell(text) {
  return text.replaceAll("|", "\\|");
}

// src/report/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var LEVELS = ["error", "warning", "notice"];
var LEVEL_OF = {
  error: "error",
  warning: "warning",
  info: "notice"
};
function collectAnnotations(report) {
  const out = report.diagnostics.map((d) => ({
    level: LEVEL_OF[d.severity],
    file: d.file,
    line: d.line,
    col: d.column,
    title: d.code,
    message: d.message
  }));
  if (report.result === "error") return out;
  const level = report.result === "applied" ? "notice" : report.command === "check" ? "error" : "warning";
  for (const c of report.changes) {
    const side = report.result === "applied" ? "after" : "before";
    const cause = causeOf(c);
    out.push({
      level,
      file: cause?.file ?? c.path,
      line: cause?.line ?? firstChangedLine(c.diff, side),
      col: cause?.column ?? 1,
      title: `MeshService ${c.action}`,
      message: changeMessage(c, report.result === "applied") + fieldsNote(c)
    });
  }
  return out;
}
function causeOf(c) {
  if (c.action === "delete" || c.handEdited) return null;
  const changed = c.fields.filter((f) => f.change !== "kept");
  const generators = c.sources.filter((p) => p.role === "hostname-generator");
  const addressIndex = (path) => {
    const m = /^status\.(?:addresses|hostnameGenerators)\[(\d+)\]/.exec(path);
    return m ? Number(m[1]) : null;
  };
  if (changed.length > 0 && changed.every((f) => addressIndex(f.path) !== null)) {
    const generator = generators[addressIndex(changed[0]?.path ?? "") ?? 0];
    if (generator !== void 0 && generator.file !== "") return generator;
  }
  const origin = c.sources.find((p) => (p.role === "source" || p.role === "inbound") && p.file !== "");
  return origin ?? null;
}
function fieldsNote(c) {
  const changed = c.fields.filter((f) => f.change !== "kept");
  if (changed.length === 0) return "";
  const shown = changed.slice(0, FIELDS_IN_ANNOTATION).map(formatFieldChange);
  const more = changed.length > FIELDS_IN_ANNOTATION ? `, and ${changed.length - FIELDS_IN_ANNOTATION} more` : "";
  return ` Changes: ${shown.join(", ")}${more}.`;
}
var FIELDS_IN_ANNOTATION = 3;
function changeMessage(c, applied) {
  const what = `MeshService ${c.namespace !== "" ? c.namespace : c.mesh}/${c.name} of zone ${c.zone} (${c.path})`;
  const edited = c.handEdited ? " It was edited by hand since it was generated." : "";
  switch (c.action) {
    case "create":
      return applied ? `Created: ${what}.` : `Missing: ${what}; apply creates it.`;
    case "update":
      return applied ? `Rewritten: ${what}.${edited}` : `Out of date: ${what}; apply rewrites it.${edited}`;
    case "delete":
      return applied ? `Deleted: no source generates ${c.path} any more.${edited}` : `Stale: no source generates this file any more; apply deletes it.${edited}`;
  }
}
function firstChangedLine(diff, side) {
  const lines = diff.split("\n");
  const at = lines.findIndex((l) => l.startsWith("@@"));
  const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(lines[at] ?? "");
  if (!header) return 1;
  let line = Number(side === "before" ? header[1] : header[2]);
  for (const l of lines.slice(at + 1)) {
    if (l.startsWith(side === "before" ? "-" : "+")) break;
    if (l.startsWith(" ")) line++;
    else if (l.startsWith("@@")) break;
  }
  return Math.max(1, line);
}
function renderAnnotations(report) {
  const omitted = { error: 0, warning: 0, notice: 0 };
  const shown = { error: 0, warning: 0, notice: 0 };
  const lines = [];
  for (const a of collectAnnotations(report)) {
    if (shown[a.level] >= ANNOTATIONS_PER_LEVEL) {
      omitted[a.level]++;
      continue;
    }
    shown[a.level]++;
    lines.push(formatAnnotation(a));
  }
  return { lines, omitted };
}
function formatAnnotation(a) {
  const props = [];
  if (a.file !== "") {
    props.push(`file=${escapeProperty(a.file)}`);
    if (a.line > 0) props.push(`line=${a.line}`);
    if (a.line > 0 && a.col > 0) props.push(`col=${a.col}`);
  }
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeData(a.message)}`;
}
function errorAnnotation(message) {
  return `::error title=meshservice-reconciler::${escapeData(message)}`;
}
function warningAnnotation(message) {
  return `::warning title=meshservice-reconciler::${escapeData(message)}`;
}
function groupStart(title) {
  return `::group::${escapeData(title)}`;
}
var GROUP_END = "::endgroup::";
var COMMAND_LINE = /^\s*::|##\[/;
function neutraliseCommands(text) {
  return text.split(/(\r\n|\r|\n)/).map(
    (part, i) => i % 2 === 1 || !COMMAND_LINE.test(part) ? part : part.replace(/^(\s*)::/, "$1%3A%3A").replaceAll("##[", "##%5B")
  ).join("");
}
function escapeData(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function renderStepSummary(report, opts) {
  const { omitted } = renderAnnotations(report);
  const left = LEVELS.filter((l) => omitted[l] > 0).map((l) => `${omitted[l].toLocaleString("en-US")} ${l}(s)`);
  const note = left.length === 0 ? "" : `
> **Annotations:** GitHub shows ${ANNOTATIONS_PER_LEVEL} of each type per step; ${left.join(", ")} more are only in this report.
`;
  const bytes = (t) => Buffer.byteLength(t, "utf8");
  const limit = Math.min(MARKDOWN_LIMIT, opts.budget - bytes(note));
  if (limit <= 0) return "";
  const markdown = renderMarkdown(report, { limit, measure: bytes, jsonReport: opts.jsonReport });
  return bytes(markdown) < limit ? `${markdown}${note}` : "";
}
function actionOutputs(report) {
  const changes = report.result === "error" ? 0 : changedCount(report);
  const pull = report.pullRequest;
  return {
    result: report.result,
    changes: String(changes),
    "pr-url": report.pullRequestUrl ?? "",
    "pull-request-number": pull?.number === null || pull === null ? "" : String(pull.number),
    "pull-request-operation": pull?.operation ?? "none",
    "pull-request-url": pull?.url ?? "",
    "commit-sha": report.commit?.sha ?? ""
  };
}
var ERROR_OUTPUTS = {
  result: "error",
  changes: "",
  "pr-url": "",
  "pull-request-number": "",
  "pull-request-operation": "none",
  "pull-request-url": "",
  "commit-sha": ""
};
function renderOutputs(outputs) {
  return Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]+/g, " ")}
`).join("");
}

// src/io/progress.ts
var SILENT_PROGRESS = { step: (_label, fn) => fn(), note: () => void 0 };
var SLOW_STEP_MS = 1e3;
function createProgress(target) {
  const now = target.now ?? (() => performance.now());
  const inert = target.githubActions ? neutraliseCommands : (text) => text;
  return {
    note(message) {
      target.write(inert(`meshservice-reconciler: ${message}
`));
    },
    async step(label, fn) {
      const start = now();
      if (target.slowOnly === true && !target.githubActions) {
        let announced = false;
        const timer = setTimeout(() => {
          announced = true;
          target.write(`meshservice-reconciler: ${label}...
`);
        }, target.slowMs ?? SLOW_STEP_MS);
        try {
          return await fn();
        } finally {
          clearTimeout(timer);
          if (announced) target.write(`meshservice-reconciler: ${label}: ${Math.round(now() - start)} ms
`);
        }
      }
      target.write(`${target.githubActions ? groupStart(label) : `meshservice-reconciler: ${label}...`}
`);
      try {
        return await fn();
      } finally {
        const ms = Math.round(now() - start);
        target.write(
          target.githubActions ? `${inert(`${label}: ${ms} ms`)}
${GROUP_END}
` : `meshservice-reconciler: ${label}: ${ms} ms
`
        );
      }
    }
  };
}

// src/options.ts
import { parseArgs } from "node:util";

// src/publish/message.ts
import { createHash } from "node:crypto";
function changedFiles(changes) {
  return changes.filter((c) => c.action !== "unchanged").sort((a, b) => compareStrings(a.path, b.path));
}
function commitMessage(changes) {
  const files = changedFiles(changes);
  const subject = `chore(meshservices): reconcile ${counted(files.length, "MeshService")}`;
  const body = files.map((c) => `- ${c.action} ${c.path}${c.handEdited ? " (was edited by hand)" : ""}`);
  return `${subject}

${body.join("\n")}
`;
}
function contentHash(changes) {
  const h = createHash("sha256");
  for (const c of changedFiles(changes)) h.update(`${c.action}\0${c.path}\0${c.after ?? ""}\0`);
  return h.digest("hex");
}
function readAuthor(author) {
  const m = /^([^<>]+) <([^<>\s]+)>$/.exec(author);
  return m?.[1] && m[2] ? { name: m[1].trim(), email: m[2] } : null;
}
function parseAuthor(author) {
  const identity = readAuthor(author);
  if (identity === null) throw new Error(`not an author: ${author}`);
  return identity;
}

// src/options.ts
var DEFAULT_AUTHOR = "meshservice-reconciler <meshservice-reconciler@users.noreply.github.com>";
var USAGE = `Usage: meshservice-reconciler <plan|check|apply|init> [options]

Commands:
  plan     read-only: show what apply would change
  check    read-only, for CI: like plan, exit 2 on drift
  apply    write the files; optionally commit, push, open a pull request
  init     write a starter meshservice-reconciler.yaml from the sources found
           (meshservice-reconciler init --help)

Options:
  --repo <path or url>        config repository (default: the work tree around the
                              current directory)
  --ref <ref>                 branch, tag or commit to check out when cloning
                              (also refs/heads/<branch>, refs/tags/<tag>)
  --config <file>             config file relative to the repository root
                              (default: meshservice-reconciler.yaml when present)
  --zone <name>               only this zone (repeatable, or names separated by commas)
  --format text|json|markdown what goes to stdout (default: text)
  --report-json <file>        also write the JSON report
  --report-markdown <file>    also write the Markdown report
  --detailed-exitcode         plan: exit 2 when there is drift
  --quiet, --verbose          less / more on stderr
  --color auto|always|never   colour the text output (default auto: on a terminal without NO_COLOR)
  --no-color                  never colour the text output (--color never)
  --summary                   text: only the per-zone counts and the verdict
  --jobs <n>                  worker threads for parsing (default: one per core)
  --no-cache                  neither read nor write the parse cache
  --allow-deletions           let a plan delete more generated files than maxDeletions
  --timeout <duration>        stop the whole run after this long (90s, 15m, 1h; default: none)
  -h, --help                  show this help
  --version                   show the version

apply only:
  --commit                    commit the changed files
  --push                      commit and push (to the checked-out branch or --branch)
  --pull-request              commit, push the bot branch and open or update a pull request
  --author "Name <email>"     commit author
  --branch <name>             the branch to push to with --push
  --allow-dirty               commit even when source files have uncommitted changes
  --token-env <NAME>          environment variable holding the token (default: GITHUB_TOKEN)

apply --pull-request only:
  --title <text>              pull request title (default: the commit subject)
  --body-header <markdown>    text before the report in the pull request body
  --labels <a,b>              labels to add (repeatable, or separated by commas)
  --assignees <a,b>           people to assign (repeatable, or separated by commas)
  --reviewers <a,b>           people to request a review from (repeatable, or separated by commas)
  --draft                     open the pull request as a draft
  --bot-branch <name>         the head branch (default: meshservice-reconciler/<base>)

Exit codes: 0 success, 1 error, 2 drift (check, and plan --detailed-exitcode).`;
var COMMANDS = ["plan", "check", "apply"];
function commandUsage(command) {
  const [, commands = "", options = "", ...rest] = USAGE.split(/\n\n(?=[A-Za-z])/);
  const line = commands.split("\n").find((l) => l.trimStart().startsWith(`${command} `)) ?? "";
  const applyOnly = rest.filter((r) => r.startsWith("apply "));
  const exit = rest.filter((r) => r.startsWith("Exit codes"));
  return [
    `Usage: meshservice-reconciler ${command} [options]`,
    `  ${line.trim().replace(/^\S+\s+/, "")}`,
    options,
    ...command === "apply" ? applyOnly : [],
    ...exit
  ].join("\n\n");
}
var FLAGS = {
  repo: { type: "string" },
  ref: { type: "string" },
  config: { type: "string" },
  zone: { type: "string", multiple: true },
  format: { type: "string" },
  "report-json": { type: "string" },
  "report-markdown": { type: "string" },
  "detailed-exitcode": { type: "boolean" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  "no-color": { type: "boolean" },
  color: { type: "string" },
  summary: { type: "boolean" },
  commit: { type: "boolean" },
  push: { type: "boolean" },
  "pull-request": { type: "boolean" },
  author: { type: "string" },
  branch: { type: "string" },
  "token-env": { type: "string" },
  title: { type: "string" },
  "body-header": { type: "string" },
  labels: { type: "string", multiple: true },
  assignees: { type: "string", multiple: true },
  reviewers: { type: "string", multiple: true },
  draft: { type: "boolean" },
  "bot-branch": { type: "string" },
  jobs: { type: "string" },
  "no-cache": { type: "boolean" },
  "allow-deletions": { type: "boolean" },
  "allow-dirty": { type: "boolean" },
  timeout: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
function parseOptions(argv, ctx) {
  const { values: v, positionals } = readFlags(argv);
  if (v.help) {
    const named = COMMANDS.find((c) => c === positionals[0]);
    return named === void 0 ? { kind: "help" } : { kind: "help", command: named };
  }
  if (v.version) return { kind: "version" };
  const command = readCommand(positionals);
  const format = readFormat(v.format ?? "text");
  checkCombinations(command, v);
  const color = readColor(v.color, v["no-color"] === true, ctx);
  return {
    kind: "run",
    options: {
      command,
      repo: v.repo ?? ".",
      repoDefault: v.repo === void 0,
      ref: v.ref === void 0 ? void 0 : shortRef(v.ref),
      config: v.config,
      zones: readList(v.zone),
      format,
      reportJson: v["report-json"],
      reportMarkdown: v["report-markdown"],
      detailedExitcode: v["detailed-exitcode"] === true,
      quiet: v.quiet === true,
      verbose: v.verbose === true,
      color,
      summary: v.summary === true,
      commit: v.commit === true || v.push === true || v["pull-request"] === true,
      push: v.push === true,
      pullRequest: v["pull-request"] === true,
      author: readAuthorFlag(v.author ?? DEFAULT_AUTHOR),
      branch: v.branch === void 0 ? void 0 : readBranchFlag(v.branch),
      tokenEnv: readTokenEnv(v["token-env"] ?? "GITHUB_TOKEN"),
      allowDeletions: v["allow-deletions"] === true,
      allowDirty: v["allow-dirty"] === true,
      title: v.title,
      bodyHeader: v["body-header"],
      labels: readList(v.labels),
      assignees: readList(v.assignees),
      reviewers: readList(v.reviewers),
      draft: v.draft === true,
      botBranch: v["bot-branch"] === void 0 ? void 0 : readBranchName(v["bot-branch"]),
      jobs: readJobs(v.jobs, ctx.cores ?? 1),
      cacheHome: v["no-cache"] === true ? null : defaultCacheHome(ctx.env),
      timeout: v.timeout === void 0 ? null : { ms: readDuration(v.timeout), text: v.timeout }
    }
  };
}
function readFlags(argv) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: FLAGS });
  } catch (e) {
    throw new UsageError(flagError(e));
  }
}
function flagError(e) {
  const flag = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? "";
  const names = Object.keys(FLAGS).map((f) => `--${f}`);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag}.${didYouMean(flag, names, (s) => s)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(e.message) ? `${flag} needs a value` : `${flag} takes no value (it is a switch)`;
    default:
      return e.message;
  }
}
function readCommand(positionals) {
  const [command, ...rest] = positionals;
  if (command === void 0) throw new UsageError("missing command: plan, check or apply");
  if (command !== "plan" && command !== "check" && command !== "apply") {
    throw new UsageError(
      `unknown command "${command}": expected plan, check or apply.${didYouMean(command, ["plan", "check", "apply"])}`
    );
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ""}"`);
  return command;
}
function checkCombinations(command, v) {
  if (v.quiet && v.verbose) throw new UsageError("--quiet and --verbose cannot be used together");
  const applyOnly = ["commit", "push", "pull-request", "author", "branch", "allow-dirty"].filter(
    (k) => v[k] !== void 0
  );
  if (command !== "apply" && applyOnly.length > 0) {
    throw new UsageError(`--${applyOnly[0] ?? ""} is only for apply`);
  }
  if (v.push && v["pull-request"]) throw new UsageError("--push and --pull-request cannot be used together");
  if (v.branch !== void 0 && !v.push) throw new UsageError("--branch goes with --push");
  const pullRequestOnly = ["title", "body-header", "labels", "assignees", "reviewers", "draft", "bot-branch"].filter((k) => v[k] !== void 0);
  if (pullRequestOnly.length > 0 && !v["pull-request"])
    throw new UsageError(`--${pullRequestOnly[0] ?? ""} goes with --pull-request`);
  if (v["detailed-exitcode"] && command !== "plan") throw new UsageError("--detailed-exitcode is only for plan");
}
function readFormat(format) {
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  }
  return format;
}
function readAuthorFlag(author) {
  if (readAuthor(author) === null) throw new UsageError(`--author must look like "Name <email>", not "${author}"`);
  return author;
}
function shortRef(ref) {
  return ref.replace(/^refs\/(heads|tags)\//, "");
}
function readBranchFlag(branch) {
  const name = branch.replace(/^refs\/heads\//, "");
  if (name.startsWith("refs/")) throw new UsageError(`--branch must name a branch, not "${branch}"`);
  return name;
}
function readTokenEnv(tokenEnv) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env must name an environment variable`);
  return tokenEnv;
}
function readColor(value, noColor, ctx) {
  if (value !== void 0 && value !== "auto" && value !== "always" && value !== "never")
    throw new UsageError(`--color must be auto, always or never, not "${value}"`);
  if (noColor && value !== void 0 && value !== "never")
    throw new UsageError(`--no-color and --color ${value} cannot be used together`);
  if (noColor || value === "never") return false;
  if (value === "always") return true;
  return ctx.isTTY && (ctx.env["NO_COLOR"] ?? "") === "";
}
function readList(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
function readBranchName(name) {
  const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !/(^[-/.]|\/$|\.\.|\/\/|\/\.|\.lock$|\.$)/.test(name);
  if (!ok)
    throw new UsageError(`--bot-branch must be a branch name (letters, digits, ".", "_", "-", "/"), not "${name}"`);
  return name;
}
function readJobs(value, cores) {
  const jobs = value === void 0 ? cores : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64`);
  return jobs;
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function readDuration(value) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 1e3)) : NaN;
  if (!(ms >= 1 && ms <= 24 * 36e5))
    throw new UsageError(`--timeout must be a duration such as 90s, 15m or 1h (at most 24h), not "${value}"`);
  return ms;
}
function defaultCacheHome(env) {
  return env["XDG_CACHE_HOME"] || (env["HOME"] ? `${env["HOME"]}/.cache` : null);
}
function isRemoteUrl(repo) {
  return /^(https?|ssh|file|git):\/\//.test(repo) || /^[\w.-]+@[\w.-]+:/.test(repo);
}

export {
  didYouMean,
  collectSecrets,
  redact,
  KNOWN_PROTOCOLS,
  identityKey,
  serviceKey,
  buildZonePlan,
  stoppedOutcome,
  resultOf,
  buildReport,
  renderText,
  renderMarkdown,
  STEP_SUMMARY_LIMIT,
  renderAnnotations,
  errorAnnotation,
  warningAnnotation,
  neutraliseCommands,
  renderStepSummary,
  actionOutputs,
  ERROR_OUTPUTS,
  renderOutputs,
  SILENT_PROGRESS,
  createProgress,
  changedFiles,
  commitMessage,
  contentHash,
  parseAuthor,
  USAGE,
  commandUsage,
  parseOptions,
  isRemoteUrl
};
