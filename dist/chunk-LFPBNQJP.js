// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  redactSource
} from "./chunk-YOMDYO5E.js";
import {
  gitBlobId,
  parseKumaServiceName
} from "./chunk-PPCP3H57.js";
import {
  GLOBAL_ZONE_NAME
} from "./chunk-3GXTV6MY.js";
import {
  MARKER_PREFIX,
  compareStrings,
  diagnostic,
  formatDiagnostic,
  hasErrors,
  isObject,
  locate,
  sortDiagnostics
} from "./chunk-PITT3D5D.js";
import {
  escapeControls,
  escapeJson,
  printable,
  quoted
} from "./chunk-GT7KMTWH.js";

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

// src/model/labels.ts
var SERVICE_TAG = "kuma.io/service";
var PROTOCOL_TAG = "kuma.io/protocol";
var WORKLOAD_LABEL = "kuma.io/workload";
var SERVICE_ACCOUNT_LABEL = "kuma.io/service-account";
var MESH_LABEL = "kuma.io/mesh";
var DISPLAY_NAME_LABEL = "kuma.io/display-name";
var ENV_LABEL = "kuma.io/env";
var MANAGED_BY_LABEL = "kuma.io/managed-by";
var ORIGIN_LABEL = "kuma.io/origin";
var ZONE_LABEL = "kuma.io/zone";
var INJECTION_LABEL = "kuma.io/sidecar-injection";
var IGNORE_ANNOTATION = "kuma.io/ignore";
var GATEWAY_ANNOTATION = "kuma.io/gateway";
var NAMESPACE_LABEL = "k8s.kuma.io/namespace";
var SERVICE_NAME_LABEL = "k8s.kuma.io/service-name";
var HEADLESS_LABEL = "k8s.kuma.io/is-headless-service";
var ZONE_PROXY_TYPE_LABEL = "k8s.kuma.io/zone-proxy-type";
var SLICE_SERVICE_LABEL = "kubernetes.io/service-name";
var MANAGED_BY_K8S_CONTROLLER = "k8s-controller";
var MANAGED_BY_MESHSERVICE_GENERATOR = "meshservice-generator";
var ORIGIN_ZONE = "zone";

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

// src/compute/policies.ts
function checkPolicyReferences(input) {
  const diagnostics = [];
  const referencedBy = /* @__PURE__ */ new Map();
  const severity = input.severity === "off" ? null : input.severity;
  const available = new ServiceIndex(input.available);
  const everything = new ServiceIndex([...input.available, ...input.committed]);
  const seen = /* @__PURE__ */ new Set();
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const ref = { ...meta, file: policy.at.file, line: policy.at.line };
    const spec = policy.value["spec"];
    if (!isObject(spec)) continue;
    const checked = input.gate.reasonSkipped(meta.mesh) === null;
    for (const r of referencesOf(spec, "MeshService")) {
      const target = {
        name: typeof r.value["name"] === "string" ? r.value["name"] : void 0,
        namespace: input.environment === "kubernetes" ? typeof r.value["namespace"] === "string" ? r.value["namespace"] : meta.namespace : "",
        labels: isObject(r.value["labels"]) ? r.value["labels"] : void 0
      };
      const legacy = input.environment === "kubernetes" && target.name !== void 0 ? parseKumaServiceName(target.name) : null;
      const indexed = legacy === null ? target : { ...target, name: legacy.name, namespace: legacy.namespace };
      for (const s of everything.select(meta.mesh, indexed)) {
        const key = serviceKey(s);
        const once = `${key}\0${ref.file}\0${ref.line}\0${ref.name}`;
        if (seen.has(once)) continue;
        seen.add(once);
        const list = referencedBy.get(key) ?? [];
        list.push(ref);
        referencedBy.set(key, list);
      }
      if (severity === null || !checked) continue;
      if (legacy !== null) continue;
      const problem = dangling(r, target, available, meta, "MeshService");
      if (problem) diagnostics.push(danglingDiagnostic(severity, policy, r.path, problem));
    }
  }
  return { diagnostics, referencedBy: sortReferences(referencedBy) };
}
function checkMultiZoneReferences(input) {
  const diagnostics = [];
  const referencedBy = /* @__PURE__ */ new Map();
  const severity = input.severity === "off" ? null : input.severity;
  const available = new ServiceIndex(input.available);
  const everything = new ServiceIndex([...input.available, ...input.committed]);
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const spec = policy.value["spec"];
    if (!isObject(spec) || !input.meshes.has(meta.mesh)) continue;
    const ref = { ...meta, file: policy.at.file, line: policy.at.line };
    for (const r of referencesOf(spec, "MeshMultiZoneService")) {
      const target = {
        name: typeof r.value["name"] === "string" ? r.value["name"] : void 0,
        namespace: "",
        labels: isObject(r.value["labels"]) ? r.value["labels"] : void 0
      };
      for (const s of everything.select(meta.mesh, target)) {
        const key = serviceKey(s);
        const list = referencedBy.get(key) ?? [];
        if (!list.some((p) => p.file === ref.file && p.line === ref.line && p.name === ref.name)) list.push(ref);
        referencedBy.set(key, list);
      }
      if (severity === null) continue;
      const problem = dangling(r, target, available, meta, "MeshMultiZoneService");
      if (problem) diagnostics.push(danglingDiagnostic(severity, policy, r.path, problem));
    }
  }
  return { diagnostics, referencedBy: sortReferences(referencedBy) };
}
function danglingDiagnostic(severity, policy, path, problem) {
  return diagnostic(severity, problem.code, problem.message, locate(policy.res, ["spec", ...path, ...problem.field]));
}
function sortReferences(referencedBy) {
  for (const list of referencedBy.values())
    list.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.name, b.name));
  return referencedBy;
}
function policyMeta(value, environment) {
  const meta = value["metadata"];
  if (isObject(meta)) {
    const labels = isObject(meta["labels"]) ? meta["labels"] : {};
    const mesh = labels[MESH_LABEL];
    return {
      kind: typeof value["kind"] === "string" ? value["kind"] : "",
      name: typeof meta["name"] === "string" ? meta["name"] : "",
      mesh: typeof mesh === "string" && mesh !== "" ? mesh : "default",
      namespace: environment === "kubernetes" && typeof meta["namespace"] === "string" ? meta["namespace"] : ""
    };
  }
  return {
    kind: typeof value["type"] === "string" ? value["type"] : "",
    name: typeof value["name"] === "string" ? value["name"] : "",
    mesh: typeof value["mesh"] === "string" && value["mesh"] !== "" ? value["mesh"] : "default",
    namespace: ""
  };
}
function referencesOf(spec, kind) {
  const out = [];
  const targetRef = (holder, path) => {
    if (!isObject(holder)) return;
    const t = holder["targetRef"];
    if (isObject(t) && t["kind"] === kind) out.push({ path: [...path, "targetRef"], kind: "targetRef", value: t });
  };
  targetRef(spec, []);
  for (const section of ["to", "from", "rules"]) {
    const list = spec[section];
    if (Array.isArray(list)) list.forEach((item, i) => targetRef(item, [section, i]));
  }
  const walk2 = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk2(item, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "backendRefs" && Array.isArray(v)) {
        v.forEach((b, i) => {
          if (isObject(b) && b["kind"] === kind) {
            out.push({ path: [...path, k, i], kind: "backendRef", value: b });
          }
        });
      } else {
        walk2(v, [...path, k]);
      }
    }
  };
  walk2(spec, []);
  return out;
}
var ServiceIndex = class {
  constructor(services) {
    this.services = services;
    for (const s of services) {
      push(this.byMesh, s.mesh, s);
      push(this.byName, `${s.mesh}\0${s.name}`, s);
    }
  }
  services;
  byName = /* @__PURE__ */ new Map();
  byMesh = /* @__PURE__ */ new Map();
  // Built on the first label selector only: most repositories reference MeshServices by name.
  byLabelIndex;
  get byLabel() {
    if (this.byLabelIndex === void 0) {
      this.byLabelIndex = /* @__PURE__ */ new Map();
      for (const s of this.services) {
        for (const [k, v] of Object.entries(s.labels)) push(this.byLabelIndex, `${s.mesh}\0${k}\0${v}`, s);
      }
    }
    return this.byLabelIndex;
  }
  /** The names of the MeshServices of a mesh in one namespace ("" on Universal), for a "did you mean". */
  namesIn(mesh, namespace) {
    return (this.byMesh.get(mesh) ?? []).filter((s) => s.namespace === (namespace ?? "")).map((s) => s.name);
  }
  /** Every MeshService of the mesh with this name, in any namespace. */
  named(mesh, name) {
    return this.byName.get(`${mesh}\0${name}`) ?? [];
  }
  /** The MeshServices of a mesh that a reference selects: by name (and namespace), or by labels. */
  select(mesh, t) {
    if (t.name !== void 0) return this.named(mesh, t.name).filter((s) => s.namespace === t.namespace);
    if (t.labels === void 0) return [];
    const pairs = Object.entries(t.labels);
    let smallest;
    for (const [k, v] of pairs) {
      const list = typeof v === "string" ? this.byLabel.get(`${mesh}\0${k}\0${v}`) ?? [] : [];
      if (smallest === void 0 || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? this.byMesh.get(mesh) ?? []).filter((s) => pairs.every(([k, v]) => s.labels[k] === v));
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function dangling(r, t, services, policy, kind) {
  const who = `${policy.kind} "${policy.name}"`;
  const matched = services.select(policy.mesh, t);
  if (matched.length === 0) {
    if (t.name !== void 0) {
      const elsewhere = services.named(policy.mesh, t.name).map((s) => s.namespace);
      const hint = elsewhere.length > 0 ? `; it exists in namespace ${[...new Set(elsewhere)].sort(compareStrings).map((n) => `"${n}"`).join(", ")}` : didYouMean(t.name, services.namesIn(policy.mesh, t.namespace)).replace(/^ Did/, "; did").replace(/\?$/, "");
      return {
        code: "policy-ref-unknown-service",
        message: `${who} references ${kind} "${t.name}"${t.namespace ? ` in namespace "${t.namespace}"` : ""}, which does not exist in mesh "${policy.mesh}"${hint}`,
        field: [t.namespace && elsewhere.length > 0 && "namespace" in r.value ? "namespace" : "name"]
      };
    }
    if (t.labels !== void 0) {
      return {
        code: "policy-ref-no-match",
        message: `${who} selects ${kind}s by labels ${JSON.stringify(t.labels)}, which match no ${kind} in mesh "${policy.mesh}"`,
        field: ["labels"]
      };
    }
    return null;
  }
  const section = r.value["sectionName"];
  if (r.kind === "targetRef" && typeof section === "string") {
    const missing = matched.filter((s) => !s.spec.ports.some((p) => p.name === section || String(p.port) === section));
    if (missing.length > 0) {
      return {
        code: "policy-ref-unknown-section",
        message: `${who} references sectionName "${section}", which is no port of ${describeServices(missing, kind)}`,
        field: ["sectionName"]
      };
    }
  }
  const port = r.value["port"];
  if (r.kind === "backendRef" && typeof port === "number") {
    const missing = matched.filter((s) => !s.spec.ports.some((p) => p.port === port));
    if (missing.length > 0) {
      return {
        code: "policy-ref-unknown-port",
        message: `${who} routes to port ${port}, which is no port of ${describeServices(missing, kind)}`,
        field: ["port"]
      };
    }
  }
  return null;
}
function describeServices(services, kind) {
  return services.map((s) => {
    const ports = s.spec.ports.map(
      (p) => p.name && p.name !== String(p.port) ? `${p.name} (${p.port})` : String(p.port)
    );
    return `${kind} "${s.name}"${s.namespace ? ` in namespace "${s.namespace}"` : ""} (ports: ${ports.join(", ") || "none"})`;
  }).join("; ");
}

// src/compute/migration.ts
var MODES = ["Disabled", "Everywhere", "ReachableBackends", "Exclusive"];
var ROUTE_KINDS = /* @__PURE__ */ new Set(["MeshHTTPRoute", "MeshTCPRoute"]);
function nextMode(mode) {
  switch (mode) {
    case "Disabled":
      return "Everywhere";
    case "Everywhere":
    case "ReachableBackends":
      return "Exclusive";
    case "Exclusive":
      return null;
  }
}
function effectOf(form, kind, mode, resolved) {
  if (form === "top-level") return "proxies-by-tag";
  if (form === "backendRef") return ROUTE_KINDS.has(kind) && mode === "Exclusive" ? "stops" : "kuma-service";
  if (mode === "Disabled") return "kuma-service";
  if (mode === "Exclusive") return resolved ? "meshservice" : "nothing";
  return resolved ? "kuma-service-and-meshservice" : "kuma-service";
}
function describeEffect(effect) {
  switch (effect) {
    case "proxies-by-tag":
      return "selects the proxies whose inbound has this kuma.io/service tag (deprecated form)";
    case "kuma-service":
      return "applies to the kuma.io/service destination";
    case "kuma-service-and-meshservice":
      return "applies to the kuma.io/service destination and to the MeshService";
    case "meshservice":
      return "applies to the MeshService (Kuma's backwards compatibility)";
    case "stops":
      return "stops applying: there is no kuma.io/service destination in Exclusive";
    case "nothing":
      return "applies to nothing: no MeshService corresponds to it";
  }
}
function computeMigration(input) {
  const severity = input.severity === "off" ? null : input.severity;
  const index = /* @__PURE__ */ new Map();
  for (const s of input.services) index.set(`${s.mesh}\0${s.namespace}\0${s.name}`, s);
  const byMesh = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const spec = policy.value["spec"];
    if (!isObject(spec)) continue;
    const { mode } = modeOf(input.meshes, meta.mesh);
    const next = nextMode(mode);
    for (const found of legacyReferencesOf(spec, meta.kind, input.environment)) {
      const target = resolveTarget(found.name, found.form, input.environment, meta, index);
      const svc = target.service;
      const replacement = svc === null ? null : newStyle(found.form, input.environment, target.target);
      const paired = found.form === "backendRef" && replacement !== null && hasSibling(spec, found.path, replacement, meta.namespace);
      const ref = {
        form: found.form,
        policy: { kind: meta.kind, name: meta.name, namespace: meta.namespace },
        at: locate(policy.res, ["spec", ...found.path, "name"]),
        legacy: found.name,
        target: target.target,
        replacement: found.form === "top-level" ? null : target.note === null ? replacement : null,
        paired,
        resolved: svc !== null,
        now: effectOf(found.form, meta.kind, mode, svc !== null),
        next: next === null ? null : effectOf(found.form, meta.kind, next, svc !== null),
        note: found.form === "top-level" ? "rewrite it by hand to a top-level targetRef of kind Dataplane with labels that select these proxies" : target.note,
        res: policy.res,
        path: found.path
      };
      const list = byMesh.get(meta.mesh) ?? [];
      list.push(ref);
      byMesh.set(meta.mesh, list);
      diagnostics.push(...diagnose(ref, meta.mesh, mode, next, input.environment, severity));
    }
  }
  const meshes = [];
  for (const mesh of [...byMesh.keys()].sort(compareStrings)) {
    const references = (byMesh.get(mesh) ?? []).sort(
      (a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column
    );
    const { mode, assumed } = modeOf(input.meshes, mesh);
    meshes.push({
      zone: input.zone,
      environment: input.environment,
      mesh,
      mode,
      modeAssumed: assumed,
      nextMode: nextMode(mode),
      references,
      blockers: blockersOf(references)
    });
  }
  return { meshes, diagnostics };
}
function modeOf(meshes, mesh) {
  if (meshes.size === 0) return { mode: "Everywhere", assumed: true };
  const m = meshes.get(mesh)?.mode;
  return { mode: MODES.find((x) => x === m) ?? "Disabled", assumed: false };
}
function isLegacyReference(value, form, environment) {
  const name = value["name"];
  if (value["kind"] !== "MeshService" || typeof name !== "string" || name === "") return false;
  if (environment === "kubernetes" && parseKumaServiceName(name) === null) return false;
  if (form === "top-level") return true;
  if (value["labels"] !== void 0 || value["sectionName"] !== void 0) return false;
  return form !== "backendRef" || value["port"] === void 0;
}
function legacyReferencesOf(spec, kind, environment) {
  const out = [];
  const top = spec["targetRef"];
  if (isObject(top) && isLegacyReference(top, "top-level", environment))
    out.push({ form: "top-level", name: String(top["name"]), path: ["targetRef"] });
  const to = spec["to"];
  if (!Array.isArray(to)) return out;
  to.forEach((item, i) => {
    if (!isObject(item)) return;
    const t = item["targetRef"];
    if (isObject(t) && isLegacyReference(t, "to", environment))
      out.push({ form: "to", name: String(t["name"]), path: ["to", i, "targetRef"] });
    const rules = item["rules"];
    if (!ROUTE_KINDS.has(kind) || !Array.isArray(rules)) return;
    rules.forEach((rule, j) => {
      const d = isObject(rule) ? rule["default"] : void 0;
      const refs = isObject(d) ? d["backendRefs"] : void 0;
      if (!Array.isArray(refs)) return;
      refs.forEach((b, k) => {
        if (isObject(b) && isLegacyReference(b, "backendRef", environment))
          out.push({
            form: "backendRef",
            name: String(b["name"]),
            path: ["to", i, "rules", j, "default", "backendRefs", k]
          });
      });
    });
  });
  return out;
}
function resolveTarget(legacy, form, environment, policy, index) {
  const parsed = environment === "kubernetes" ? parseKumaServiceName(legacy) : { name: legacy, namespace: "", port: 0 };
  if (parsed === null) return { target: null, service: null, note: "not a kuma.io/service value" };
  const svc = index.get(`${policy.mesh}\0${parsed.namespace}\0${parsed.name}`) ?? null;
  const where = `MeshService ${quoted(parsed.name)}${parsed.namespace ? ` in namespace ${quoted(parsed.namespace)}` : ""}`;
  if (svc === null) {
    const target = { name: parsed.name, namespace: parsed.namespace, port: parsed.port || null, sectionName: null };
    return { target, service: null, note: `no ${where} exists in mesh ${quoted(policy.mesh)}` };
  }
  const ports = svc.spec.ports;
  const port = environment === "kubernetes" ? parsed.port === 0 ? null : ports.find((p) => p.port === parsed.port) : ports.length === 1 ? ports[0] : null;
  if (port === void 0) {
    const target = { name: parsed.name, namespace: parsed.namespace, port: parsed.port, sectionName: null };
    return { target, service: null, note: `${where} has no port ${parsed.port} (ports: ${portList(svc)})` };
  }
  if (port === null) {
    const target = { name: svc.name, namespace: svc.namespace, port: null, sectionName: null };
    if (environment === "kubernetes" && form !== "backendRef") return { target, service: svc, note: null };
    return {
      target,
      service: svc,
      note: `${where} has ${ports.length === 0 ? "no ports" : `ports ${portList(svc)}`}: a new-style reference names one port; write one per port by hand`
    };
  }
  const sectionName = port.name ?? String(port.port);
  return {
    target: { name: svc.name, namespace: svc.namespace, port: port.port, sectionName },
    service: svc,
    note: null
  };
}
function portList(svc) {
  return svc.spec.ports.map((p) => p.name && p.name !== String(p.port) ? `${p.name} (${p.port})` : String(p.port)).join(", ");
}
function newStyle(form, environment, target) {
  if (target === null) return null;
  const ref = { kind: "MeshService", name: target.name };
  if (environment === "kubernetes") ref["namespace"] = target.namespace;
  if (form === "backendRef") {
    if (target.port === null) return null;
    ref["port"] = target.port;
  } else if (target.sectionName !== null) {
    ref["sectionName"] = target.sectionName;
  }
  return ref;
}
function hasSibling(spec, path, replacement, policyNamespace) {
  let list = spec;
  for (const seg of path.slice(0, -1))
    list = isObject(list) ? list[seg] : Array.isArray(list) ? list[seg] : void 0;
  if (!Array.isArray(list)) return false;
  return list.some(
    (b) => isObject(b) && b["kind"] === "MeshService" && b["name"] === replacement["name"] && (replacement["namespace"] === void 0 || (b["namespace"] ?? policyNamespace) === replacement["namespace"]) && b["port"] === replacement["port"]
  );
}
function diagnose(ref, mesh, mode, next, environment, severity) {
  const who = `${ref.policy.kind} ${quoted(ref.policy.name)}`;
  const legacy = quoted(ref.legacy);
  if (ref.form === "top-level") return [];
  if (severity === null) return [];
  const when = (effect) => ref.now === effect ? mode : ref.next === effect && next !== null ? next : null;
  const stops = when("stops");
  if (stops !== null) {
    const fix = ref.replacement === null ? ref.note ?? "" : ref.paired ? "its new-style entry is already next to it: remove the legacy one (meshservice-reconciler migrate --replace) before Exclusive" : `the equivalent is ${formatReference(ref.replacement)} (meshservice-reconciler migrate adds it)`;
    return [
      diagnostic(
        severity,
        "route-backend-ref-legacy",
        `${who} routes to kuma.io/service ${legacy}, a legacy backendRef that stops applying when mesh ${quoted(mesh)} is ${stops}; ${fix}`,
        ref.at
      )
    ];
  }
  const nothing = when("nothing");
  if (nothing !== null && environment === "kubernetes")
    return [
      diagnostic(
        severity,
        "legacy-ref-unresolved",
        `${who} references kuma.io/service ${legacy}, which applies to nothing when mesh ${quoted(mesh)} is ${nothing}: ${ref.note ?? "no MeshService corresponds to it"}`,
        ref.at
      )
    ];
  return [];
}
function blockersOf(references) {
  const out = [];
  for (const r of references) {
    const there = effectOf(r.form, r.policy.kind, "Exclusive", r.resolved);
    const at = `${printable(r.at.file)}:${r.at.line}:${r.at.column}`;
    const who = `${r.policy.kind} ${quoted(r.policy.name)}`;
    if (there === "stops")
      out.push(
        `${at} ${who}: legacy backendRef ${quoted(r.legacy)} stops applying${r.paired ? " (remove it: its new-style entry is next to it)" : ""}`
      );
    else if (there === "nothing") out.push(`${at} ${who}: ${quoted(r.legacy)} applies to nothing`);
  }
  return out;
}
function formatReference(ref) {
  const parts = Object.entries(ref).map(
    ([k, v]) => `${k}: ${typeof v === "number" || /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/i.test(v) && !/^\d+$/.test(v) ? String(v) : quoted(v)}`
  );
  return `{${parts.join(", ")}}`;
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
  const segment = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${quoted(key)}]`;
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
  const text = typeof v === "string" ? printable(v) : escapeJson(JSON.stringify(v) ?? String(v));
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
function migrationOf(zones) {
  return zones.flatMap(
    (z) => z.migration.map((m) => ({
      zone: m.zone,
      mesh: m.mesh,
      mode: m.mode,
      modeAssumed: m.modeAssumed,
      nextMode: m.nextMode,
      ready: m.blockers.length === 0,
      blockers: m.blockers,
      references: m.references.map((r) => ({
        form: r.form,
        policy: r.policy,
        file: r.at.file,
        line: r.at.line,
        column: r.at.column,
        legacy: r.legacy,
        meshService: r.target === null ? null : { ...r.target, exists: r.resolved },
        replacement: r.replacement,
        paired: r.paired,
        now: { mode: m.mode, effect: r.now, text: describeEffect(r.now) },
        next: m.nextMode === null || r.next === null ? null : { mode: m.nextMode, effect: r.next, text: describeEffect(r.next) },
        note: r.note
      }))
    }))
  );
}
function stoppedOutcome(command, repo, diagnostics) {
  return { command, repo, zones: [], changes: [], diagnostics, applied: false, pullRequestUrl: null };
}
function resultOf(outcome) {
  if (hasErrors(outcome.diagnostics)) return "error";
  if (!hasDrift(outcome.changes) && (outcome.live?.drift.length ?? 0) === 0) return "in-sync";
  return outcome.applied ? "applied" : "drift";
}
function changeDiff(c) {
  const hideMarker = c.action === "update" && !c.handEdited && c.before?.startsWith(MARKER_PREFIX) === true && c.after?.startsWith(MARKER_PREFIX) === true;
  const body = (text) => {
    if (text === null) return "";
    return hideMarker ? text.slice(text.indexOf("\n") + 1) : text;
  };
  const patch = createTwoFilesPatch(
    // Quoted when not plain, as git quotes such a path: a control character shows as its escape.
    c.before === null ? "/dev/null" : printable(`a/${c.path}`),
    c.after === null ? "/dev/null" : printable(`b/${c.path}`),
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
function changeKind(c, command) {
  if (command === "migrate") return "policy file";
  return c.zone === GLOBAL_ZONE_NAME ? "MeshMultiZoneService" : "MeshService";
}
function policyFileReason(report, path, rewritten) {
  const n = legacyReferenceCount(report, path);
  const held = `${n === 1 ? "1 legacy reference" : `${n} legacy references`}`;
  return rewritten ? `held ${held}; migrate rewrote it` : `holds ${held}; migrate rewrites it`;
}
function legacyReferenceCount(report, path) {
  const refs = (report.migration ?? []).flatMap((m) => m.references).filter((r) => r.file === path);
  return new Set(refs.map((r) => `${r.line}:${r.column}`)).size;
}
function changedCount(report) {
  return report.changes.length;
}
function handEditedChanges(report) {
  return report.changes.filter((c) => c.handEdited);
}
function nextStep(result, tool, workflow, context, command = "plan") {
  if (command === "migrate" && result === "drift" && context === "run")
    return `run ${tool.name} migrate (add --commit to commit the rewritten policy files).`;
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
  const migration = migrationOf(outcome.zones);
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
    nextStep: outcome.pullRequest?.operation === "unchanged" ? null : changes.length === 0 && (outcome.live?.drift.length ?? 0) > 0 && resultOf(outcome) === "drift" ? liveNextStep(tool, outcome.live?.url ?? "", outcome.live?.zone ?? "") : nextStep(resultOf(outcome), tool, outcome.reconcileWorkflow ?? null, context, outcome.command),
    ...outcome.live !== void 0 ? { live: reportLive(outcome.live) } : {},
    ...migration.length > 0 ? { migration } : {}
  };
}
function reportLive(live) {
  const count2 = (kind) => live.drift.filter((d) => d.kind === kind).length;
  return {
    url: redactSource(live.url),
    zone: live.zone,
    meshes: live.meshes,
    listed: live.listed,
    summary: { missing: count2("missing"), extra: count2("extra"), differs: count2("differs") },
    drift: live.drift
  };
}
function liveNextStep(tool, url, zone) {
  return `deploy the output directory to the control plane (docs/deploying.md); on Universal, ${tool.name} apply --zone ${zone} --live ${redactSource(url)} --adopt-live-vips records the VIPs Kuma assigned.`;
}
function describeLiveDrift(d) {
  const id = `${printable(d.mesh)}/${d.namespace === "" ? "" : `${printable(d.namespace)}/`}${printable(d.name)}`;
  switch (d.kind) {
    case "missing":
      return { head: `- ${id} (${d.path ?? ""}): in Git, not on the control plane`, fields: [] };
    case "extra":
      return { head: `+ ${id}: on the control plane, not in Git`, fields: [] };
    case "differs":
      return {
        head: `~ ${id} (${d.path ?? ""}): differs (Git → control plane)`,
        fields: d.fields.map(formatFieldChange)
      };
  }
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
  if (report.command === "migrate" && report.result !== "error") {
    if (report.result === "in-sync")
      return "Nothing to rewrite: no legacy reference with a new-style equivalent is left.";
    return `${report.result === "applied" ? "Rewrote" : "Would rewrite"} ${counted(n, "policy file")}.`;
  }
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
      return n === 0 && report.live !== void 0 ? `Live drift: ${liveCount(report)} on the control plane ${liveCount(report).startsWith("1 ") ? "differs" : "differ"} from Git; the files match the sources.` : `Drift: ${counted(n, "file")} to change (${counts(s)})${report.live !== void 0 && report.live.drift.length > 0 ? `; ${liveCount(report)} on the control plane differ from Git` : ""}.`;
  }
}
function liveCount(report) {
  return counted(report.live?.drift.length ?? 0, "MeshService");
}
function renderLive(report, paint) {
  const live = report.live;
  if (live === void 0) return [];
  const out = [
    "",
    `live ${live.url} (zone ${live.zone}, ${counted(live.meshes.length, "mesh", "meshes")}): ${counted(live.listed, "MeshService")} listed, ${live.summary.missing} missing, ${live.summary.extra} extra, ${live.summary.differs} differing`
  ];
  const colour = { missing: ANSI.red, extra: ANSI.green, differs: ANSI.yellow };
  for (const d of live.drift) {
    const { head, fields } = describeLiveDrift(d);
    out.push(`${paint(colour[d.kind], head.slice(0, 1))}${head.slice(1)}`);
    for (const f of fields) out.push(`  ${f}`);
  }
  return out;
}
function renderText(report, opts) {
  const paint = (colour, text) => opts.color ? `${colour}${text}${ANSI.reset}` : text;
  const out = [];
  for (const z of report.zones)
    out.push(`zone ${z.name} (${z.environment}, ${printable(z.output)}): ${counts(z.summary)}`);
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
    out.push(`${paint(symbol.colour, `${symbol.mark} ${c.action}`)} ${printable(c.path)}${note}`);
    if (report.command === "migrate") {
      const n = legacyReferenceCount(report, c.path);
      out.push(`  holds ${counted(n, "legacy reference")} (see Migration to MeshService below)`);
    } else
      out.push(`  because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources)}`);
    for (const p of c.policies)
      out.push(`  referenced by ${p.kind} ${quoted(p.name)} (${printable(p.file)}:${p.line})`);
    for (const f of c.fields) out.push(`  ${formatFieldChange(f)}`);
    out.push((opts.color ? colourDiff(c.diff) : c.diff).replace(/\n$/, ""));
  }
  if (report.result !== "error") out.push(...renderLive(report, paint));
  if (report.migration !== void 0 && report.result !== "error") out.push("", ...migrationText(report.migration));
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
    for (const c of edited) out.push(`  ${printable(c.path)}`);
  }
  out.push("");
  out.push(paint(ANSI.bold, verdict(report)));
  const done = persisted(report);
  if (done !== null) out.push(done);
  if (report.nextStep !== null) out.push(`Next: ${report.nextStep}`);
  return `${out.join("\n")}
`;
}
function migrationText(meshes) {
  const out = ["Migration to MeshService:"];
  for (const m of meshes) {
    const mode = `meshServices.mode ${m.mode}${m.modeAssumed ? " (assumed: no Mesh objects)" : ""}`;
    const verdict2 = m.ready ? "ready for Exclusive" : `not ready for Exclusive: ${m.blockers.length} ${m.blockers.length === 1 ? "reference" : "references"} would break`;
    out.push(`  mesh ${quoted(m.mesh)} in zone ${quoted(m.zone)} (${mode}): ${verdict2}`);
    for (const b of m.blockers) out.push(`    blocks Exclusive: ${b}`);
    for (const r of m.references) {
      const field = r.form === "top-level" ? "spec.targetRef" : r.form === "to" ? "to[].targetRef" : "backendRef";
      out.push(
        `    ${printable(r.file)}:${r.line}:${r.column} ${r.policy.kind} ${quoted(r.policy.name)} ${field} ${quoted(r.legacy)}`
      );
      const s = r.meshService;
      if (s !== null) {
        const port = s.port === null ? "" : ` port ${s.port}`;
        const missing = s.exists ? "" : " (does not exist)";
        out.push(`      MeshService ${quoted(s.namespace ? `${s.namespace}/${s.name}` : s.name)}${port}${missing}`);
      }
      if (r.replacement !== null)
        out.push(`      new style: ${formatReference(r.replacement)}${r.paired ? " (already next to it)" : ""}`);
      if (r.note !== null) out.push(`      note: ${r.note}`);
      out.push(`      ${r.now.mode}: ${r.now.text}`);
      if (r.next !== null) out.push(`      ${r.next.mode}: ${r.next.text}`);
    }
  }
  return out;
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
  const head = renderHead(report) + renderMigration(report);
  const diagnostics = report.diagnostics.map((d) => `- ${inlineCode(formatDiagnostic(d))}
`);
  const changes = report.result === "error" ? [] : report.changes;
  const full = changes.map((c) => renderChangeDetails(report, c));
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
  out.push(...renderLive2(report));
  if (report.pullRequestUrl !== null) out.push("", `Pull request: ${report.pullRequestUrl}`);
  return `${out.join("\n")}
`;
}
var LIVE_NAMED = 50;
function renderLive2(report) {
  const live = report.live;
  if (live === void 0 || report.result === "error") return [];
  const s = live.summary;
  const out = [
    "",
    `#### Live: ${inlineCode(live.url)} (zone ${inlineCode(live.zone)})`,
    "",
    `${counted(live.listed, "MeshService", "MeshServices", true)} listed; ${s.missing} missing, ${s.extra} extra, ${s.differs} differing from Git.`
  ];
  if (live.drift.length > 0) out.push("");
  for (const d of live.drift.slice(0, LIVE_NAMED)) {
    const { head, fields } = describeLiveDrift(d);
    out.push(`- ${inlineCode(head)}`);
    for (const f of fields) out.push(`  - ${inlineCode(f)}`);
  }
  if (live.drift.length > LIVE_NAMED)
    out.push(`- and ${count(live.drift.length - LIVE_NAMED)} more (see the JSON report)`);
  return out;
}
function renderChangeDetails(report, c) {
  const note = c.handEdited ? " (edited by hand)" : "";
  const fence = fenceFor(c.diff);
  return [
    "",
    `<details><summary>${c.action} <code>${escapeHtml(c.path)}</code>${note}</summary>`,
    "",
    report.command === "migrate" ? `The policy file ${policyFileReason(report, c.path, report.result === "applied")} (see Migration to MeshService above).` : `Because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources, inlineCode)}.`,
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
var MIGRATION_CHARS = 16384;
function renderMigration(report) {
  if (report.migration === void 0 || report.result === "error") return "";
  const out = ["", "#### Migration to MeshService", ""];
  for (const m of report.migration) {
    const verdict2 = m.ready ? "ready for Exclusive" : `**not ready for Exclusive** (${m.blockers.length} blocking)`;
    out.push(
      `- mesh ${inlineCode(m.mesh)} in zone ${inlineCode(m.zone)}: \`${m.mode}\`${m.modeAssumed ? " (assumed)" : ""}, ${count(m.references.length)} legacy ${m.references.length === 1 ? "reference" : "references"}, ${verdict2}`
    );
  }
  let text = migrationText(report.migration).join("\n");
  if (text.length > MIGRATION_CHARS)
    text = `${text.slice(0, text.lastIndexOf("\n", MIGRATION_CHARS))}
... (cut: the JSON report lists every reference)`;
  const fence = fenceFor(text);
  out.push("", "<details><summary>Legacy references</summary>", "", fence, text, fence, "", "</details>", "");
  return `${out.join("\n")}
`;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function inlineCode(text) {
  return `\`${escapeControls(text.replaceAll("`", "'"))}\``;
}
function fenceFor(content) {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function escapeHtml(text) {
  return escapeControls(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function tableCell(text) {
  return text.replaceAll("|", "\\|");
}

// src/publish/message.ts
import { createHash } from "node:crypto";
function changedFiles(changes) {
  return changes.filter((c) => c.action !== "unchanged").sort((a, b) => compareStrings(a.path, b.path));
}
function commitMessage(changes, command = "apply") {
  const files = changedFiles(changes);
  const subject = command === "migrate" ? `chore(policies): migrate ${counted(files.length, "policy file")} to MeshService references` : `chore(meshservices): reconcile ${counted(files.length, "MeshService")}`;
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

// src/publish/outcome.ts
var MAX_PUSH_TRIES = 3;
var BACKOFF_BASE_MS = 200;
var BACKOFF_CAP_MS = 1e4;
var PUSH_TRIES_LIMIT = 100;
function backoffMs(attempt, random, baseMs = BACKOFF_BASE_MS) {
  const exponential = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + random()));
}
function defaultPushTries(zones) {
  return MAX_PUSH_TRIES + Math.max(0, zones.inConfig - zones.selected);
}
function hasCommit(outcome) {
  return outcome.applied && changedFiles(outcome.changes).length > 0;
}
function commitPathsOf(outcome) {
  return changedFiles(outcome.changes).map((c) => c.path);
}
function withNotes(outcome, notes, extra = {}) {
  return { ...outcome, ...extra, diagnostics: [...outcome.diagnostics, ...notes] };
}

export {
  diffFields,
  formatFieldChange,
  didYouMean,
  KNOWN_PROTOCOLS,
  identityKey,
  serviceKey,
  SERVICE_TAG,
  PROTOCOL_TAG,
  WORKLOAD_LABEL,
  SERVICE_ACCOUNT_LABEL,
  MESH_LABEL,
  DISPLAY_NAME_LABEL,
  ENV_LABEL,
  MANAGED_BY_LABEL,
  ORIGIN_LABEL,
  ZONE_LABEL,
  INJECTION_LABEL,
  IGNORE_ANNOTATION,
  GATEWAY_ANNOTATION,
  NAMESPACE_LABEL,
  SERVICE_NAME_LABEL,
  HEADLESS_LABEL,
  ZONE_PROXY_TYPE_LABEL,
  SLICE_SERVICE_LABEL,
  MANAGED_BY_K8S_CONTROLLER,
  MANAGED_BY_MESHSERVICE_GENERATOR,
  ORIGIN_ZONE,
  checkPolicyReferences,
  checkMultiZoneReferences,
  policyMeta,
  computeMigration,
  formatReference,
  buildZonePlan,
  stoppedOutcome,
  resultOf,
  changeKind,
  policyFileReason,
  changedCount,
  buildReport,
  describeLiveDrift,
  renderText,
  MARKDOWN_LIMIT,
  renderMarkdown,
  commitMessage,
  contentHash,
  readAuthor,
  parseAuthor,
  MAX_PUSH_TRIES,
  PUSH_TRIES_LIMIT,
  backoffMs,
  defaultPushTries,
  hasCommit,
  commitPathsOf,
  withNotes
};
