<#ftl output_format="plainText">
<#--
  bericht.ftl: the text of the mail each gemeente receives with its factsheet and uitvraag (SPEC §9).
  Model: r (Distributie.Regel: naam, contact, ...), maand, volgendeMaand, bijlagen (file names).
-->
Aan: <#if r.contact?has_content>${r.contact}, </#if>gemeente ${r.naam}

Beste collega,

Bijgaand ontvangt u de factsheet van ${r.naam} over ${maand} en de uitvraag (maandretour) voor ${volgendeMaand}, al zo veel mogelijk ingevuld met wat bekend is.

Wilt u de uitvraag aanvullen en terugsturen aan het kernteam? Pas gegevens die niet meer kloppen gerust aan; wij lezen het bestand in zoals u het terugstuurt. Laat de kopjes en de bladnamen staan: daaraan herkent Regietafel het formulier.

Bijlagen:
<#list bijlagen as b>
- ${b}
</#list>

Met vriendelijke groet,

${afzender}

Dit bericht is automatisch samengesteld door Regietafel.
