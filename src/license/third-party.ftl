<#-- Renders the libraries that ship with Veil for Help › About (see pom.xml, license-maven-plugin):
     one line per library, tab-separated, read by org.veil.ui.main.ThirdPartyLibraries. -->
<#function clean text>
    <#return text?replace("[\t\r\n]+", " ", "r")?trim>
</#function>
# Libraries that ship with Veil, written by the build from their POMs. Do not edit.
# name	groupId:artifactId	version	licences (separated by "; ")	url
<#list dependencyMap as e>
<#assign p = e.getKey()/>
<#assign name = (p.name?? && !p.name?contains("Unnamed"))?then(p.name, p.artifactId)/>
${clean(name)}	${p.groupId}:${p.artifactId}	${p.version}	${clean(e.getValue()?join("; "))}	${clean(p.url!"")}
</#list>
