<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <source>%n link(s) failed: see what to do in the red rows.</source>
        <translation>
            <numerusform>%n link failed: see what to do in the red row.</numerusform>
            <numerusform>%n links failed: see what to do in the red rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works, with %n warning(s).</source>
        <translation>
            <numerusform>The connection works, with %n warning.</numerusform>
            <numerusform>The connection works, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>&amp;All %Ln properties</source>
        <translation>
            <numerusform>&amp;All %Ln property</numerusform>
            <numerusform>&amp;All %Ln properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln properties matching the &amp;filter &apos;{text}&apos;</source>
        <translation>
            <numerusform>Only the %Ln property matching the &amp;filter &apos;{text}&apos;</numerusform>
            <numerusform>Only the %Ln properties matching the &amp;filter &apos;{text}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading done: %Ln properties.</source>
        <translation>
            <numerusform>Loading done: %Ln property.</numerusform>
            <numerusform>Loading done: %Ln properties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>Loaded %Ln properties.</source>
        <translation>
            <numerusform>Loaded %Ln property.</numerusform>
            <numerusform>Loaded %Ln properties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln property</numerusform>
            <numerusform>%Ln properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln properties</source>
        <translation>
            <numerusform>{shown} of %Ln property</numerusform>
            <numerusform>{shown} of %Ln properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have access to this account.</source>
        <translation>
            <numerusform>%Ln person has access to this account.</numerusform>
            <numerusform>%Ln people have access to this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apaleo replaced it %Ln times while the app has run.</source>
        <translation>
            <numerusform>apaleo replaced it %Ln time while the app has run.</numerusform>
            <numerusform>apaleo replaced it %Ln times while the app has run.</numerusform>
        </translation>
    </message>
</context>
</TS>
