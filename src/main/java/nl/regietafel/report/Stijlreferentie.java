package nl.regietafel.report;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StandardAttributeResolver;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.extend.StylesheetFactory;
import org.xhtmlrenderer.css.extend.TreeResolver;
import org.xhtmlrenderer.css.extend.lib.DOMTreeResolver;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.Matcher;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.parser.CSSParser;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.sheet.Ruleset;
import org.xhtmlrenderer.css.sheet.Stylesheet;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.util.XRLog;
import org.w3c.dom.css.CSSPrimitiveValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Flying Saucer's {@link StyleReference}, the same cascade in less time. Two changes:
 * <ul>
 *   <li>A document's stylesheets (the user-agent sheet and the template's {@code <style>}) are
 *       parsed once per rendering thread for each distinct list of sheets, not once per document.
 *       Flying Saucer's own cache is per renderer, and there is one renderer per document. Per
 *       thread and per whole list, because the matcher numbers the selectors of the list it is
 *       given ({@code Selector.setPos}): a cached sheet always stands at the same place in the
 *       same list and is only touched by one thread.</li>
 *   <li>Elements are matched by name without the method reference that
 *       {@link DOMTreeResolver#matchesElement} creates for every selector tried on every element:
 *       in C1-compiled code each one is a native allocation, 1,6 % of a national month's CPU.</li>
 * </ul>
 * Everything else is Flying Saucer 9.13.3's {@code StyleReference}: the same stylesheets in the
 * same order, the same attribute resolver, the same matcher. Set it with
 * {@code sharedContext.setCss(new Stijlreferentie(sharedContext.getUserAgentCallback()))}.
 */
final class Stijlreferentie extends StyleReference {

    /** Enough for every template of a month; a template with per-document CSS cannot grow it beyond this. */
    private static final int BEWAARD = 32;

    private static final ThreadLocal<Map<List<Sleutel>, List<Stylesheet>>> GELEZEN = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Sleutel>, List<Stylesheet>> oudste) {
                    return size() > BEWAARD;
                }
            });

    /** What a sheet's rules depend on; an inline sheet's uri is a counter, unique per document, so not part of it. */
    private record Sleutel(StylesheetInfo.Origin origin, List<String> media, String css) {
    }

    private UserAgentCallback uac;
    private Bladlezer lezer;
    private @Nullable Matcher matcher;

    Stijlreferentie(UserAgentCallback uac) {
        super(uac);
        this.uac = uac;
        this.lezer = new Bladlezer(uac);
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        List<StylesheetInfo> infos = new ArrayList<>();
        nsh.getDefaultStylesheet().ifPresent(infos::add);
        infos.addAll(nsh.getStylesheets(doc));
        String medium = context.getMedia();
        matcher = new Matcher(new Boomkenner(), new StandardAttributeResolver(nsh, uac, ui), lezer,
                bladen(infos, medium), medium);
    }

    /** The parsed sheets of {@code infos} that apply to {@code medium}, from this thread's cache when they are all inline. */
    private List<Stylesheet> bladen(List<StylesheetInfo> infos, String medium) {
        List<Sleutel> sleutel = new ArrayList<>(infos.size() + 1);
        for (StylesheetInfo info : infos) {
            if (info.getContent().isEmpty()) return lees(infos, medium);
            sleutel.add(new Sleutel(info.getOrigin(), info.getMedia(), info.getContent().get()));
        }
        sleutel.add(new Sleutel(null, List.of(medium), ""));
        Map<List<Sleutel>, List<Stylesheet>> gelezen = GELEZEN.get();
        List<Stylesheet> bladen = gelezen.get(sleutel);
        if (bladen == null) {
            bladen = List.copyOf(lees(infos, medium));
            gelezen.put(List.copyOf(sleutel), bladen);
        }
        return bladen;
    }

    /** As Flying Saucer's {@code StyleReference.readAndParseAll}: imported sheets before the sheet that imports them. */
    private List<Stylesheet> lees(List<StylesheetInfo> infos, String medium) {
        List<Stylesheet> result = new ArrayList<>(infos.size() + 15);
        for (StylesheetInfo info : infos) {
            if (!info.appliesToMedia(medium)) continue;
            Stylesheet blad = lezer.getStylesheet(info);
            if (blad == null) {
                XRLog.load(Level.WARNING, "Unable to load CSS from " + info.getUri());
                continue;
            }
            if (!blad.getImportRules().isEmpty()) result.addAll(lees(blad.getImportRules(), medium));
            result.add(blad);
        }
        return result;
    }

    private Matcher matcher() {
        if (matcher == null) throw new IllegalStateException("setDocumentContext is nog niet aangeroepen");
        return matcher;
    }

    @Override
    public boolean isHoverStyled(Element e) {
        return matcher().isHoverStyled(e);
    }

    @Override
    public Map<String, CSSPrimitiveValue> getCascadedPropertiesMap(Element e) {
        CascadedStyle cs = matcher().getCascadedStyle(e, false);
        Map<String, CSSPrimitiveValue> props = new LinkedHashMap<>();
        for (Iterator<PropertyDeclaration> i = cs.getCascadedPropertyDeclarations(); i.hasNext(); ) {
            String naam = i.next().getPropertyName();
            props.put(naam, cs.propertyByName(CSSName.cssProperty(naam)).getValue());
        }
        return props;
    }

    @Override
    public @Nullable CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        Element e = node.getNodeType() == Node.ELEMENT_NODE ? (Element) node : (Element) node.getParentNode();
        return matcher().getPECascadedStyle(e, pseudoElement);
    }

    @Override
    public CascadedStyle getCascadedStyle(@Nullable Element e, boolean restyle) {
        if (e == null) return CascadedStyle.emptyCascadedStyle;
        return matcher().getCascadedStyle(e, restyle);
    }

    @Override
    public PageInfo getPageStyle(@Nullable String pageName, String pseudoPage) {
        return matcher().getPageCascadedStyle(pageName, pseudoPage);
    }

    @Override
    public List<FontFaceRule> getFontFaceRules() {
        return matcher().getFontFaceRules();
    }

    @Override
    public void setUserAgentCallback(UserAgentCallback userAgentCallback) {
        super.setUserAgentCallback(userAgentCallback);
        uac = userAgentCallback;
        lezer = new Bladlezer(userAgentCallback);
    }

    /** {@link DOMTreeResolver} with its name test written out: the same answer, no object per call. */
    static final class Boomkenner extends DOMTreeResolver {
        @Override
        public boolean matchesElement(Node element, String namespaceURI, String name) {
            String localName = element.getLocalName();
            if (namespaceURI != null) {
                return name.equals(localName) && namespaceURI.equals(element.getNamespaceURI());
            }
            // DOMTreeResolver's NO_NAMESPACE branch is never reached: NO_NAMESPACE is "", taken by the branch above
            return name.equals(localName != null ? localName : element.getNodeName());
        }
    }

    /**
     * Flying Saucer's {@code StylesheetFactoryImpl} without its per-renderer cache, with colours in
     * CMYK allowed as {@code ITextOutputDevice} allows them for the factory it replaces.
     */
    static final class Bladlezer implements StylesheetFactory {
        private final UserAgentCallback uac;
        private final CSSParser parser = new CSSParser((uri, melding) -> XRLog.cssParse(Level.WARNING, "(" + uri + ") " + melding));

        Bladlezer(UserAgentCallback uac) {
            this.uac = uac;
            parser.setSupportCMYKColors(true);
        }

        @Override
        public Stylesheet parse(Reader reader, StylesheetInfo info) {
            return parse(reader, info.getUri(), info.getOrigin());
        }

        @Override
        public Stylesheet parse(Reader reader, String uri, StylesheetInfo.Origin origin) {
            try {
                return parser.parseStylesheet(uri, origin, reader);
            } catch (IOException e) {
                XRLog.cssParse(Level.WARNING, "Couldn't parse stylesheet at URI " + uri + ": " + e.getMessage(), e);
                return new Stylesheet(uri, origin);
            }
        }

        @Override
        public Ruleset parseStyleDeclaration(StylesheetInfo.Origin origin, String style) {
            return parser.parseDeclaration(origin, style);
        }

        @Override
        public @Nullable Stylesheet getStylesheet(StylesheetInfo info) {
            if (info.getContent().isPresent()) return parse(new StringReader(info.getContent().get()), info);
            CSSResource bron = uac.getCSSResource(info.getUri());
            if (bron.getResourceInputSource() == null) return null;
            try (InputStream in = bron.getResourceInputSource().getByteStream()) {
                if (in == null) return null;
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), info);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
