import { describe, expect, it } from "vitest";
import { parseTemplate, renderTemplate } from "../../src/compute/template.js";
import type { TemplateValues } from "../../src/compute/template.js";

const labels: Record<string, string> = { team: "payments", "kuma.io/zone": "zone-1", empty: "" };
const values: TemplateValues = {
  Name: "backend-x7",
  DisplayName: "backend",
  Namespace: "shop",
  Mesh: "default",
  Zone: "zone-1",
  label: (k) => (Object.hasOwn(labels, k) ? labels[k] : undefined),
};

function render(template: string): string {
  const parsed = parseTemplate(template);
  if ("error" in parsed) throw new Error(parsed.error);
  const out = renderTemplate(parsed.nodes, values);
  if ("error" in out) throw new Error(out.error);
  return out.hostname;
}

describe("template subset", () => {
  it.each([
    ["{{ .Name }}", "backend-x7"],
    ["{{ .DisplayName }}", "backend"],
    ["{{ .Namespace }}", "shop"],
    ["{{ .Mesh }}", "default"],
    ["{{ .Zone }}", "zone-1"],
    ["{{.Name}}.{{.Mesh}}", "backend-x7.default"],
    ['{{ label "team" }}.svc', "payments.svc"],
    ['{{ label "kuma.io/zone" }}', "zone-1"],
    ["{{ label `team` }}", "payments"],
    ['x{{ label "empty" }}y', "xy"],
    ["{{ .DisplayName }}.svc.mesh.local", "backend.svc.mesh.local"],
    ["{{ .DisplayName }}.{{ .Namespace }}.svc.{{ .Zone }}.mesh.local", "backend.shop.svc.zone-1.mesh.local"],
    ["plain.text", "plain.text"],
    ["", ""],
    ["a }} b", "a }} b"],
  ])("%s -> %s", (template, hostname) => {
    expect(render(template)).toBe(hostname);
  });

  it.each([
    ["a  {{- .Name }}", "abackend-x7"],
    ["{{ .Name -}}   .b", "backend-x7.b"],
    ["a \n\t {{- .Name -}} \n .b", "abackend-x7.b"],
    ["a {{-.Name}}", null],
    ["{{ .Name }} {{- .Mesh }}", "backend-x7default"],
  ])("trim markers: %j -> %j", (template, hostname) => {
    if (hostname === null) expect(parseTemplate(template)).toHaveProperty("error");
    else expect(render(template)).toBe(hostname);
  });

  it.each([
    ["{{ .Name | lower }}", 'unsupported template construct "{{ .Name | lower }}"'],
    ["{{ if .Name }}x{{ end }}", 'unsupported template construct "{{ if .Name }}"'],
    ['{{ printf "%s" .Name }}', 'unsupported template construct "{{ printf "%s" .Name }}"'],
    [
      "{{ .Labels }}",
      'unsupported field ".Labels" in "{{ .Labels }}": expected .Name, .DisplayName, .Namespace, .Mesh or .Zone',
    ],
    ["{{ . }}", 'unsupported template construct "{{ . }}"'],
    ["{{ }}", 'unsupported template construct "{{ }}"'],
    ["{{/* comment */}}", 'unsupported template construct "{{/* comment */}}"'],
    ["{{ label }}", 'unsupported template construct "{{ label }}"'],
    ['{{ label "a" "b" }}', 'unsupported template construct "{{ label "a" "b" }}"'],
    ["{{ .Name", 'unclosed action "{{ .Name"'],
    ['{{ label "a}} }}', 'unclosed action "{{ label "a}} }}"'],
    ['{{ label "\\q" }}', 'invalid string literal in "{{ label "\\q" }}"'],
  ])("%s is a parse error", (template, error) => {
    expect(parseTemplate(template)).toEqual({ error });
  });

  it.each([
    // Go's text/template error of Kuma's label function: the template's (empty) name, the line and byte
    // column of the `label` word, the command as written.
    [
      '{{ label "missing" }}',
      'template: :1:3: executing "" at <label "missing">: error calling label: label missing not found',
    ],
    [
      '{{ label "constructor" }}',
      'template: :1:3: executing "" at <label "constructor">: error calling label: label constructor not found',
    ],
    [
      "a.{{- label `raw` -}}.b",
      'template: :1:6: executing "" at <label `raw`>: error calling label: label raw not found',
    ],
    ['x\ny{{ label "k" }}', 'template: :2:4: executing "" at <label "k">: error calling label: label k not found'],
  ])("%s fails to render: %s", (template, error) => {
    const parsed = parseTemplate(template);
    if ("error" in parsed) throw new Error(parsed.error);
    expect(renderTemplate(parsed.nodes, values)).toEqual({ error });
  });
});
