import { type Block, type Inline, parseMarkdownSubset } from "@/lib/text/markdown-subset";

type RichTextProps = {
  text: string;
  /** The heading level "## " maps to; "### " is one deeper. Messages sit under an h3, articles under the h1. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
};

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    const key = `${node.type}-${index}`;
    if (node.type === "text") return <span key={key}>{node.text}</span>;
    if (node.type === "br") return <br key={key} />;
    const Tag = node.type === "strong" ? "strong" : "em";
    return (
      <Tag key={key}>
        <InlineNodes nodes={node.children} />
      </Tag>
    );
  });
}

function BlockNode({ block, headingLevel }: { block: Block; headingLevel: 2 | 3 | 4 }) {
  if (block.type === "heading") {
    const level = Math.min(6, headingLevel + (block.level - 2));
    const Tag = `h${level}` as "h2" | "h3" | "h4" | "h5";
    return (
      <Tag className="mt-4 font-bold first:mt-0">
        <InlineNodes nodes={block.children} />
      </Tag>
    );
  }
  if (block.type === "list") {
    const items = block.items.map((item, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: items are static text with no identity of their own.
      <li key={index}>
        <InlineNodes nodes={item} />
      </li>
    ));
    return block.ordered ? (
      <ol start={block.start} className="ml-6 list-decimal space-y-1">
        {items}
      </ol>
    ) : (
      <ul className="ml-6 list-disc space-y-1">{items}</ul>
    );
  }
  return (
    <p>
      <InlineNodes nodes={block.children} />
    </p>
  );
}

/** User-written text in our Markdown subset, rendered as React nodes: never as HTML. */
export function RichText({ text, headingLevel = 3, className = "" }: RichTextProps) {
  return (
    <div className={`flex flex-col gap-3 break-words ${className}`}>
      {parseMarkdownSubset(text).map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are derived from static text in order.
        <BlockNode key={index} block={block} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
